import type { CollectionSlug, GlobalSlug } from 'payload'

export type ReadCachePluginOptions = {
  /**
   * The collections whose writes can change what an anonymous reader sees: a write to one of
   * them empties the cache (for a collection with drafts, only a write that changes its published
   * document). Writes to any other collection never do.
   */
  collections: CollectionSlug[]
  /**
   * The globals whose saves empty the cache (a draft save of a global with drafts does not).
   * @default []
   */
  globals?: GlobalSlug[]
  /**
   * How long a cached response is served, in seconds: the longest a write made by another process
   * (an import, a second instance) stays unseen. `0` turns the cache off.
   * @default 60
   */
  ttlSeconds?: number
  /**
   * The most responses kept; the least recently used goes first.
   * @default 5000
   */
  maxEntries?: number
  /**
   * The most response bytes kept; the least recently used go first.
   * @default 64 MiB
   */
  maxBytes?: number
  /**
   * Request headers the answer depends on besides the URL, the body, Accept and Origin: part of
   * every key, so that a multi-site app that answers each host for its own site
   * (`['host', 'x-forwarded-host', 'x-site']`) keeps one entry per site.
   * @default []
   */
  keyHeaders?: string[]
}

export type SanitizedReadCacheConfig = Required<ReadCachePluginOptions> & {
  /** `ttlSeconds` is not 0. */
  isEnabled: boolean
}
