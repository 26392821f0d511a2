/**
 * Next calls this once per server process, before it answers any request. In production Payload
 * starts here rather than on the first request: pending migrations are applied and the jobs queue
 * (scheduled publishing) runs from the start, not from the first visitor on.
 */
export const register = async (): Promise<void> => {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
