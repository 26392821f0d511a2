import { randomUUID } from 'node:crypto'

import type { OnPublicGlobalChange } from '../../publicChanges/withPublicGlobalChanges'
import type { SanitizedWebhooksConfig } from '../types'
import { emitEvents } from '../utilities/emitEvents'

/** Sends a `changed` event when a global is saved. */
export const sendOnGlobalChange =
  (config: SanitizedWebhooksConfig): OnPublicGlobalChange =>
  async ({ global, req }) => {
    const locale = req.payload.config.localization && req.locale ? req.locale : undefined
    const event = {
      eventId: `evt_${randomUUID()}`,
      event: 'changed' as const,
      global: global.slug,
      ...(locale ? { locale } : {}),
      time: new Date().toISOString(),
    }
    await emitEvents({ config, events: [event], req })
  }
