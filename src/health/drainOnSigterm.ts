import type { Payload } from 'payload'

type Cron = { isBusy: () => boolean; stop: () => void }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `fn`, counting its calls in progress in `count.running`. */
const counting = <F extends (...args: never[]) => Promise<unknown>>(
  fn: F,
  count: { running: number },
): F =>
  (async (...args: Parameters<F>) => {
    count.running++
    try {
      return await fn(...args)
    } finally {
      count.running--
    }
  }) as F

/**
 * Graceful shutdown for `next start` (`docker stop` sends SIGTERM). Next's own handler stops
 * accepting connections, waits for the requests in flight, then exits. This one, in the same
 * process: stops the jobs queue's crons from taking new jobs at once, lets the jobs running in
 * this process finish, and turns Next's exit into 0 once both are done; past `timeoutMs` it
 * exits 1, as a cut-short shutdown should say.
 */
export const drainOnSigterm = (payload: Payload, timeoutMs: number): void => {
  const exit = process.exit.bind(process)
  const crons = payload.crons as unknown as Cron[]
  // Every run of jobs in this process goes through these two: the crons' and those other code
  // starts itself (the webhooks plugin runs a delivery as soon as the write that queued it has
  // committed, not at the next minute). A cron's `isBusy` alone misses the latter.
  const jobRuns = { running: 0 }
  payload.jobs.run = counting(payload.jobs.run, jobRuns)
  payload.jobs.runByID = counting(payload.jobs.runByID, jobRuns)
  const isBusy = () => jobRuns.running > 0 || crons.some((cron) => cron.isBusy())
  let deadline: number | undefined

  process.prependListener('SIGTERM', () => {
    if (deadline) return
    payload.logger.info('SIGTERM: finishing the requests and the jobs in progress, then stopping.')
    crons.forEach((cron) => cron.stop())
    deadline = Date.now() + timeoutMs
    setTimeout(() => {
      payload.logger.error(`Shutdown took longer than ${timeoutMs / 1000} s: stopping anyway.`)
      exit(1)
    }, timeoutMs).unref()
  })

  // Next exits once its requests are done; a job they started (a delivery after a write) is
  // waited for too, since the wait begins here.
  process.exit = ((code?: number) => {
    const until = deadline
    if (!until) return exit(code)
    void (async () => {
      while (isBusy() && Date.now() < until) await sleep(50)
      const isComplete = !isBusy()
      await payload.destroy()
      exit(isComplete ? 0 : 1)
    })()
  }) as typeof process.exit
}
