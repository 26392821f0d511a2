import type { GlobalConfig, PayloadRequest } from 'payload'

import { hasDrafts } from './withPublicChanges'

export type OnPublicGlobalChange = (args: {
  global: GlobalConfig
  req: PayloadRequest
}) => void | Promise<void>

/**
 * Calls `onChange` after every save of the global that anonymous readers see: any save, but a
 * draft save of a global with drafts (after the global's own hooks, keeping everything it had).
 */
export const withPublicGlobalChanges = (
  global: GlobalConfig,
  onChange: OnPublicGlobalChange,
): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    afterChange: [
      ...(global.hooks?.afterChange ?? []),
      async ({ doc, req }) => {
        const isDraftSave = hasDrafts(global) && (doc as { _status?: unknown })._status === 'draft'
        if (!isDraftSave) await onChange({ global, req })
        return doc
      },
    ],
  },
})
