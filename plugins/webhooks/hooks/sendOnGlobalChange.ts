import { randomUUID } from 'node:crypto'

import type { GlobalAfterChangeHook } from 'payload'

import { hasDrafts } from '../../publicChanges/withPublicChanges'
import type { SanitizedWebhooksConfig } from '../types'
import { emitEvents } from '../utilities/emitEvents'

/** Sends a `changed` event when a global is saved, unless only as a draft. */
export const sendOnGlobalChange =
  (config: SanitizedWebhooksConfig): GlobalAfterChangeHook =>
  async ({ doc, global, req }) => {
    if (hasDrafts(global) && (doc as { _status?: unknown })._status === 'draft') return doc
    const locale = req.payload.config.localization && req.locale ? req.locale : undefined
    const event = {
      eventId: `evt_${randomUUID()}`,
      event: 'changed' as const,
      global: global.slug,
      ...(locale ? { locale } : {}),
      time: new Date().toISOString(),
    }
    await emitEvents({ config, events: [event], req })
    return doc
  }
