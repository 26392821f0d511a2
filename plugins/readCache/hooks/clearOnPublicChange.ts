import type { CollectionAfterOperationHook } from 'payload'

import { sharedResponseStore } from '../store/sharedResponseStore'
import type { SanitizedReadCacheConfig } from '../types'
import { bumpGeneration } from '../utilities/bumpGeneration'
import { changesPublicDocument } from '../utilities/changesPublicDocument'
import { untilCommitted } from '../utilities/untilCommitted'

const writes = ['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion']

type Documents = { docs?: Record<string, unknown>[] } & Record<string, unknown>

/**
 * Empties the read cache after a write that anonymous readers can see: any write to a collection
 * without drafts; for one with drafts, see `changesPublicDocument`. The hooks run before the
 * transaction commits, so the cache stores nothing until it has. The shared stamp changes in the
 * same transaction, before the request that wrote returns: other instances empty theirs on
 * their next cached request.
 */
export const clearOnPublicChange =
  ({
    config,
    hasDrafts,
    publishedBefore,
  }: {
    config: SanitizedReadCacheConfig
    hasDrafts: boolean
    publishedBefore: WeakMap<object, boolean>
  }): CollectionAfterOperationHook =>
  async ({ args, operation, req, result }) => {
    if (!writes.includes(operation)) return result
    if (hasDrafts) {
      const written = result as Documents
      const isPublicChange = changesPublicDocument({
        documents: written.docs ?? [written],
        isDelete: operation === 'delete' || operation === 'deleteByID',
        isDraftSave: 'draft' in args && Boolean(args.draft),
        wasPublished: operation === 'create' ? false : publishedBefore.get(args),
      })
      if (!isPublicChange) return result
    }
    sharedResponseStore(config).clearUntil(untilCommitted(req))
    await bumpGeneration(req)
    return result
  }
