import type { Payload } from 'payload'

import type { SanitizedWebhooksConfig } from '../types'

/**
 * Hands back to the queue the deliveries a process left half-run: Payload marks a job
 * `processing` while it runs and never picks it again, so a script that exits (`npm run import`)
 * or a server stopped in the middle of a delivery would leave it stuck. A delivery lasts at most
 * `timeoutMs` and a write; one still marked a minute past that is not running anywhere.
 */
export const recoverStalledDeliveries = async ({
  config,
  payload,
}: {
  config: SanitizedWebhooksConfig
  payload: Payload
}): Promise<void> => {
  const cutoff = new Date(Date.now() - config.timeoutMs - 60_000).toISOString()
  await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: config.scheduler.queue } },
        { processing: { equals: true } },
        { updatedAt: { less_than: cutoff } },
      ],
    },
    data: { processing: false },
    depth: 0,
  })
}
