import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import { generationGlobal } from './globals/generationGlobal'
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
 * emptied as soon as a write to one of the named collections changes what an anonymous reader
 * sees: at once in the process that wrote, and in every other one on its next cached request,
 * through a stamp in the database they share (`read-cache-generation`).
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
      globals: config.isEnabled
        ? [...(incoming.globals ?? []), generationGlobal]
        : incoming.globals,
      custom: { ...incoming.custom, readCache: config },
    }
  }
