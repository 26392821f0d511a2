import { untilCommitted } from '../../publicChanges/untilCommitted'
import type { OnPublicChanges } from '../../publicChanges/withPublicChanges'
import type { OnPublicGlobalChange } from '../../publicChanges/withPublicGlobalChanges'
import { sharedResponseStore } from '../store/sharedResponseStore'
import type { SanitizedReadCacheConfig } from '../types'
import { bumpGeneration } from '../utilities/bumpGeneration'

/**
 * Empties the read cache after a write that anonymous readers can see. The hooks run before the
 * transaction commits, so the cache stores nothing until it has. The shared stamp changes in the
 * same transaction, before the request that wrote returns: other instances empty theirs on
 * their next cached request.
 */
export const clearOnPublicChange =
  (config: SanitizedReadCacheConfig): OnPublicChanges & OnPublicGlobalChange =>
  async ({ req }) => {
    sharedResponseStore(config).clearUntil(untilCommitted(req))
    await bumpGeneration(req)
  }
