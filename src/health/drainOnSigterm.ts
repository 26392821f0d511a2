import type { Payload } from 'payload'

type Job = { isBusy: () => boolean; stop: () => void }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Graceful shutdown for `next start` (`docker stop` sends SIGTERM). Next's own handler stops
 * accepting connections, waits for the requests in flight, then exits with 143. This one, in the
 * same process: stops the jobs queue from taking new jobs at once, lets a running job finish,
 * and turns Next's exit into 0 once both are done; past `timeoutMs` it exits 1, as a cut-short
 * shutdown should say.
 */
export const drainOnSigterm = (payload: Payload, timeoutMs: number): void => {
  let drained: Promise<boolean> | undefined
  const exit = process.exit.bind(process)
  const crons = payload.crons as unknown as Job[]

  process.prependListener('SIGTERM', () => {
    if (drained) return
    payload.logger.info('SIGTERM: finishing the requests and the job in progress, then stopping.')
    crons.forEach((cron) => cron.stop())
    const deadline = Date.now() + timeoutMs
    drained = (async () => {
      while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline) await sleep(50)
      return Date.now() < deadline
    })()
    setTimeout(() => {
      payload.logger.error(`Shutdown took longer than ${timeoutMs / 1000} s: stopping anyway.`)
      exit(1)
    }, timeoutMs).unref()
  })

  process.exit = ((code?: number) => {
    if (!drained) return exit(code)
    void drained.then(async (isComplete) => {
      await payload.destroy()
      exit(isComplete ? 0 : 1)
    })
  }) as typeof process.exit
}
