import type { SanitizedWebhooksConfig, WebhooksPluginOptions } from './types'

const fail = (message: string): never => {
  throw new Error(`[webhooks plugin] ${message}`)
}

const isCount = (value: number) => Number.isInteger(value) && value >= 0

/** Applies the defaults once and refuses options that could not work. */
export const sanitizePluginConfig = (options: WebhooksPluginOptions): SanitizedWebhooksConfig => {
  const config: SanitizedWebhooksConfig = {
    collections: options.collections,
    globals: options.globals ?? [],
    canManage: options.canManage,
    onEvent: options.onEvent,
    slugField: options.slugField ?? 'slug',
    categoryField: options.categoryField ?? 'category',
    siteField: options.siteField,
    sites:
      options.siteField && options.sitesCollection
        ? { field: options.siteField, collection: options.sitesCollection }
        : undefined,
    endpointsCollection: options.endpointsCollection ?? 'webhook-endpoints',
    deliveriesCollection: options.deliveriesCollection ?? 'webhook-deliveries',
    scheduler: {
      queue: options.scheduler?.queue ?? 'webhooks',
      autoRunCron: options.scheduler?.autoRunCron ?? '* * * * *',
    },
    retries: {
      attempts: options.retries?.attempts ?? 6,
      delayMs: options.retries?.delayMs ?? 30_000,
    },
    timeoutMs: options.timeoutMs ?? 10_000,
    keepDeliveriesDays: options.keepDeliveriesDays ?? 30,
  }
  if (!config.collections?.length && !config.globals.length) {
    fail('`collections` or `globals` must name at least one collection or global.')
  }
  if (typeof config.canManage !== 'function') fail('`canManage` must be a function.')
  if (options.sitesCollection && !options.siteField) {
    fail("`sitesCollection` needs `siteField`, the field naming a document's site.")
  }
  if (!isCount(config.retries.attempts)) {
    fail(`\`retries.attempts\` must be an integer, 0 or more (got ${options.retries?.attempts}).`)
  }
  if (!isCount(config.retries.delayMs)) {
    fail(`\`retries.delayMs\` must be an integer, 0 or more (got ${options.retries?.delayMs}).`)
  }
  if (!(isCount(config.timeoutMs) && config.timeoutMs > 0)) {
    fail(`\`timeoutMs\` must be a positive integer (got ${options.timeoutMs}).`)
  }
  if (!isCount(config.keepDeliveriesDays)) {
    fail(
      `\`keepDeliveriesDays\` must be an integer, 0 or more (got ${options.keepDeliveriesDays}).`,
    )
  }
  return config
}
