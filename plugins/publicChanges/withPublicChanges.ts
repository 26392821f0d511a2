import type { CollectionConfig, PayloadRequest } from 'payload'

import { notePublishedBefore } from './notePublishedBefore'
import { publicChangesOf, type PublicChange } from './publicChangesOf'

export type OnPublicChanges = (args: {
  changes: PublicChange[]
  collection: CollectionConfig
  req: PayloadRequest
}) => void | Promise<void>

export const hasDrafts = (config: { versions?: unknown }): boolean =>
  typeof config.versions === 'object' &&
  config.versions !== null &&
  Boolean((config.versions as { drafts?: unknown }).drafts)

/**
 * Calls `onChanges` after every write to the collection that changes what anonymous readers see
 * (after the collection's own hooks, keeping everything it had). The hooks run before the write's
 * transaction commits: see `untilCommitted`.
 */
export const withPublicChanges = (
  collection: CollectionConfig,
  onChanges: OnPublicChanges,
): CollectionConfig => {
  const isDrafted = hasDrafts(collection)
  // One note per operation, from its beforeOperation to its afterOperation.
  const publishedBefore = new WeakMap<object, boolean>()
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        ...(isDrafted ? [notePublishedBefore(publishedBefore)] : []),
      ],
      afterOperation: [
        ...(collection.hooks?.afterOperation ?? []),
        async ({ args, operation, req, result }) => {
          const changes = publicChangesOf({
            args,
            hasDrafts: isDrafted,
            operation,
            publishedBefore,
            result,
          })
          if (changes.length) await onChanges({ changes, collection, req })
          return result
        },
      ],
    },
  }
}
