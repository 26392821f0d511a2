export { webhooksPlugin } from './plugin'
export type { WebhookEvent, WebhooksPluginOptions } from './types'
