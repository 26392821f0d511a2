import type { OnPublicChanges } from '../../publicChanges/withPublicChanges'
import type { OnPublicGlobalChange } from '../../publicChanges/withPublicGlobalChanges'
import { untilCommitted } from '../../publicChanges/untilCommitted'
import { sharedResponseStore } from '../store/sharedResponseStore'
import type { SanitizedReadCacheConfig } from '../types'

/**
 * Empties the read cache after a write that anonymous readers can see. The hooks run before the
 * transaction commits, so the cache stores nothing until it has.
 */
export const clearOnPublicChange =
  (config: SanitizedReadCacheConfig): OnPublicChanges & OnPublicGlobalChange =>
  ({ req }) => {
    sharedResponseStore(config).clearUntil(untilCommitted(req))
  }
