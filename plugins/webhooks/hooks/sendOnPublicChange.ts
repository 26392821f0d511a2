import type { OnPublicChanges } from '../../publicChanges/withPublicChanges'
import type { SanitizedWebhooksConfig } from '../types'
import { emitEvents } from '../utilities/emitEvents'
import { eventsOf } from '../utilities/eventsOf'

/** Sends an event per document whose public state an operation changed. */
export const sendOnPublicChange =
  (config: SanitizedWebhooksConfig): OnPublicChanges =>
  async ({ changes, collection, req }) => {
    const events = await eventsOf({ changes, collection, config, req })
    await emitEvents({ config, events, req })
  }
