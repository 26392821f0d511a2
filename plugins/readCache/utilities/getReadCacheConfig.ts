import type { SanitizedConfig } from 'payload'

import type { SanitizedReadCacheConfig } from '../types'

/** The plugin keeps its sanitized options in `config.custom.readCache`; absent: not applied. */
export const getReadCacheConfig = (config: SanitizedConfig): SanitizedReadCacheConfig | undefined =>
  config.custom?.readCache as SanitizedReadCacheConfig | undefined
