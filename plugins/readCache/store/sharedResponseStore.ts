import type { SanitizedReadCacheConfig } from '../types'
import { createResponseStore, type ResponseStore, type StoreLimits } from './createResponseStore'

const STORE_KEY = Symbol.for('toasoan.readCache.store')

type WithStore = typeof globalThis & { [STORE_KEY]?: ResponseStore }

const sameLimits = (a: StoreLimits, b: StoreLimits) =>
  a.ttlMs === b.ttlMs && a.maxEntries === b.maxEntries && a.maxBytes === b.maxBytes

/**
 * The one store of this process. Next may load the REST and GraphQL routes, and the config whose
 * hooks clear the cache, as separate module instances: module state would give each its own
 * store, so the store lives on globalThis. New limits (a config reloaded in development) start
 * a new store.
 */
export const sharedResponseStore = (config: SanitizedReadCacheConfig): ResponseStore => {
  const limits = {
    ttlMs: config.ttlSeconds * 1000,
    maxEntries: config.maxEntries,
    maxBytes: config.maxBytes,
  }
  const holder = globalThis as WithStore
  const existing = holder[STORE_KEY]
  if (existing && sameLimits(existing.limits, limits)) return existing
  const store = createResponseStore(limits)
  holder[STORE_KEY] = store
  return store
}
