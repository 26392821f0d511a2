import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import { clearOnPublicChange } from './hooks/clearOnPublicChange'
import { notePublishedBefore } from './hooks/notePublishedBefore'
import { sanitizePluginConfig } from './sanitizePluginConfig'
import type { ReadCachePluginOptions, SanitizedReadCacheConfig } from './types'

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/** Adds the invalidation hooks after the collection's own, keeping everything it had. */
const withInvalidation = (
  config: SanitizedReadCacheConfig,
  collection: CollectionConfig,
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
        clearOnPublicChange({ config, hasDrafts: isDrafted, publishedBefore }),
      ],
    },
  }
}

/**
 * A cache of anonymous REST and GraphQL reads (the route wrappers in `exports/routes.ts`),
 * emptied in this process as soon as a write to one of the named collections changes what an
 * anonymous reader sees, and bounded by a TTL for writes made by other processes.
 */
export const readCachePlugin =
  (options: ReadCachePluginOptions) =>
  (incoming: Config): Config => {
    const config = sanitizePluginConfig(options)
    const collections = incoming.collections ?? []
    const missing = config.collections.filter(
      (slug) => !collections.some((collection) => collection.slug === slug),
    )
    if (missing.length) {
      throw new Error(
        `[readCache plugin] no collection named ${missing.map((slug) => `"${slug}"`).join(', ')}.`,
      )
    }
    return {
      ...incoming,
      collections: config.isEnabled
        ? collections.map((collection) =>
            config.collections.includes(collection.slug as CollectionSlug)
              ? withInvalidation(config, collection)
              : collection,
          )
        : collections,
      custom: { ...incoming.custom, readCache: config },
    }
  }
