/**
 * Next calls this once per server process, before it answers any request. In production Payload
 * starts here rather than on the first request: pending migrations are applied and the jobs queue
 * (scheduled publishing) runs from the start, not from the first visitor on; SIGTERM drains it.
 */
export const register = async (): Promise<void> => {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  const [{ getPayload }, { default: config }, { drainOnSigterm }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./health/drainOnSigterm'),
  ])
  const payload = await getPayload({ config, cron: true })
  drainOnSigterm(payload, Number(process.env.SHUTDOWN_TIMEOUT_SECONDS || 30) * 1000)
}
