import type { CollectionSlug, Config, GlobalSlug } from 'payload'

import { withPublicChanges } from '../publicChanges/withPublicChanges'
import { withPublicGlobalChanges } from '../publicChanges/withPublicGlobalChanges'
import { generationGlobal } from './globals/generationGlobal'
import { clearOnPublicChange } from './hooks/clearOnPublicChange'
import { sanitizePluginConfig } from './sanitizePluginConfig'
import type { ReadCachePluginOptions } from './types'

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
    const globals = incoming.globals ?? []
    const missingGlobals = config.globals.filter(
      (slug) => !globals.some((global) => global.slug === slug),
    )
    if (missingGlobals.length) {
      throw new Error(
        `[readCache plugin] no global named ${missingGlobals.map((slug) => `"${slug}"`).join(', ')}.`,
      )
    }
    return {
      ...incoming,
      collections: config.isEnabled
        ? collections.map((collection) =>
            config.collections.includes(collection.slug as CollectionSlug)
              ? withPublicChanges(collection, clearOnPublicChange(config))
              : collection,
          )
        : collections,
      globals: config.isEnabled
        ? [
            ...globals.map((global) =>
              config.globals.includes(global.slug as GlobalSlug)
                ? withPublicGlobalChanges(global, clearOnPublicChange(config))
                : global,
            ),
            generationGlobal,
          ]
        : globals,
      custom: { ...incoming.custom, readCache: config },
    }
  }
