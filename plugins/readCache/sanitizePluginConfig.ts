import type { ReadCachePluginOptions, SanitizedReadCacheConfig } from './types'

const fail = (message: string): never => {
  throw new Error(`[readCache plugin] ${message}`)
}

const isCount = (value: number) => Number.isInteger(value) && value >= 0

/** Applies the defaults once and refuses limits that would not bound anything. */
export const sanitizePluginConfig = (options: ReadCachePluginOptions): SanitizedReadCacheConfig => {
  const config = {
    collections: options.collections,
    globals: options.globals ?? [],
    ttlSeconds: options.ttlSeconds ?? 60,
    maxEntries: options.maxEntries ?? 5_000,
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
    keyHeaders: (options.keyHeaders ?? []).map((name) => name.toLowerCase()),
  }
  if (!config.collections?.length) fail('`collections` must name at least one collection.')
  if (!(Number.isFinite(config.ttlSeconds) && config.ttlSeconds >= 0)) {
    fail(`\`ttlSeconds\` must be a number of seconds, 0 or more (got ${options.ttlSeconds}).`)
  }
  if (!(isCount(config.maxEntries) && config.maxEntries > 0)) {
    fail(`\`maxEntries\` must be a positive integer (got ${options.maxEntries}).`)
  }
  if (!(isCount(config.maxBytes) && config.maxBytes > 0)) {
    fail(`\`maxBytes\` must be a positive integer (got ${options.maxBytes}).`)
  }
  return { ...config, isEnabled: config.ttlSeconds > 0 }
}
