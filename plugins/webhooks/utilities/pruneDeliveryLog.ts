import type { Payload } from 'payload'

import type { SanitizedWebhooksConfig } from '../types'

const DAY_MS = 24 * 60 * 60 * 1000

/** Deletes delivery log entries older than `keepDeliveriesDays` (none when it is 0). */
export const pruneDeliveryLog = async ({
  config,
  payload,
}: {
  config: SanitizedWebhooksConfig
  payload: Payload
}): Promise<void> => {
  if (!config.keepDeliveriesDays) return
  const cutoff = new Date(Date.now() - config.keepDeliveriesDays * DAY_MS).toISOString()
  await payload.delete({
    collection: config.deliveriesCollection,
    where: { createdAt: { less_than: cutoff } },
    depth: 0,
  })
}
