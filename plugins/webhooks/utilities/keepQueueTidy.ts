import type { Payload } from 'payload'

import type { SanitizedWebhooksConfig } from '../types'
import { pruneDeliveryLog } from './pruneDeliveryLog'
import { recoverStalledDeliveries } from './recoverStalledDeliveries'

/** Housekeeping at start and before each delivery run: stalled jobs back, old log entries out. */
export const keepQueueTidy = async (args: {
  config: SanitizedWebhooksConfig
  payload: Payload
}): Promise<void> => {
  await recoverStalledDeliveries(args)
  await pruneDeliveryLog(args)
}
