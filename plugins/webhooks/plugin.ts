import type { CollectionConfig, CollectionSlug, Config, GlobalSlug } from 'payload'

import { withPublicChanges } from '../publicChanges/withPublicChanges'
import { withPublicGlobalChanges } from '../publicChanges/withPublicGlobalChanges'
import { webhookDeliveries } from './collections/webhookDeliveries'
import { webhookEndpoints } from './collections/webhookEndpoints'
import { dropEndpointsOfDeletedSite } from './hooks/dropEndpointsOfDeletedSite'
import { sendOnGlobalChange } from './hooks/sendOnGlobalChange'
import { sendOnPublicChange } from './hooks/sendOnPublicChange'
import { deliverWebhookTask } from './jobs/deliverWebhookTask'
import { sanitizePluginConfig } from './sanitizePluginConfig'
import type { WebhooksPluginOptions } from './types'
import { keepQueueTidy } from './utilities/keepQueueTidy'

const quoted = (slugs: string[]) => slugs.map((slug) => `"${slug}"`).join(', ')

/**
 * Revalidation webhooks for outside front ends: every change to what anonymous readers see in the
 * named collections and globals is POSTed, signed, to the endpoints an admin configures, through
 * Payload's jobs queue with retries, and logged per attempt.
 */
export const webhooksPlugin =
  (options: WebhooksPluginOptions) =>
  (incoming: Config): Config => {
    const config = sanitizePluginConfig(options)
    const collections = incoming.collections ?? []
    const globals = incoming.globals ?? []
    const missingCollections = config.collections.filter(
      (slug) => !collections.some((collection) => collection.slug === slug),
    )
    const missingGlobals = config.globals.filter(
      (slug) => !globals.some((global) => global.slug === slug),
    )
    if (missingCollections.length) {
      throw new Error(`[webhooks plugin] no collection named ${quoted(missingCollections)}.`)
    }
    if (missingGlobals.length) {
      throw new Error(`[webhooks plugin] no global named ${quoted(missingGlobals)}.`)
    }

    const { sites } = config
    const withEndpointsDroppedWithTheirSite = (collection: CollectionConfig): CollectionConfig =>
      sites && collection.slug === sites.collection
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeDelete: [
                ...(collection.hooks?.beforeDelete ?? []),
                dropEndpointsOfDeletedSite({
                  endpointsCollection: config.endpointsCollection,
                  siteField: sites.field,
                }),
              ],
            },
          }
        : collection

    const autoRun = config.scheduler.autoRunCron
      ? [{ cron: config.scheduler.autoRunCron, queue: config.scheduler.queue }]
      : []
    const existingAutoRun = incoming.jobs?.autoRun
    return {
      ...incoming,
      collections: [
        ...collections
          .map((collection) =>
            config.collections.includes(collection.slug as CollectionSlug)
              ? withPublicChanges(collection, sendOnPublicChange(config))
              : collection,
          )
          .map(withEndpointsDroppedWithTheirSite),
        webhookEndpoints(config),
        webhookDeliveries(config),
      ],
      globals: globals.map((global) =>
        config.globals.includes(global.slug as GlobalSlug)
          ? withPublicGlobalChanges(global, sendOnGlobalChange(config))
          : global,
      ),
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        await keepQueueTidy({ config, payload })
      },
      jobs: {
        ...incoming.jobs,
        tasks: [...(incoming.jobs?.tasks ?? []), deliverWebhookTask(config)],
        autoRun:
          typeof existingAutoRun === 'function'
            ? async (payload) => [...(await existingAutoRun(payload)), ...autoRun]
            : [...(existingAutoRun ?? []), ...autoRun],
      },
    }
  }
