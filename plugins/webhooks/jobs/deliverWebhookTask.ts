import type { TaskConfig } from 'payload'

import type { SanitizedWebhooksConfig, WebhookEvent } from '../types'
import { postEvent } from '../utilities/postEvent'

export const DELIVER_WEBHOOK_TASK = 'webhooksDeliver'

type Endpoint = {
  id: string
  url: string
  secret: string
  isActive?: boolean | null
  [site: string]: unknown
}

/**
 * Delivers one event to one endpoint, logging the attempt; a failed attempt throws, so that the
 * jobs queue retries it with backoff. An endpoint deleted or switched off meanwhile gets nothing.
 */
export const deliverWebhookTask = (config: SanitizedWebhooksConfig): TaskConfig => ({
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Gửi webhook (webhook delivery)',
  inputSchema: [
    { name: 'endpoint', type: 'text', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  retries: {
    attempts: config.retries.attempts,
    backoff: { type: 'exponential', delay: config.retries.delayMs },
  },
  handler: async ({ input, job, req }) => {
    const { endpoint: endpointId, event } = input as { endpoint: string; event: WebhookEvent }
    const endpoint = (await req.payload.findByID({
      collection: config.endpointsCollection,
      id: endpointId,
      depth: 0,
      disableErrors: true,
      req,
    })) as Endpoint | null
    if (!endpoint?.isActive) return { output: { isSkipped: true } }

    const result = await postEvent({
      event,
      secret: endpoint.secret,
      timeoutMs: config.timeoutMs,
      url: endpoint.url,
    })
    // Without `req`: the log of a failed attempt must outlive that attempt's transaction.
    await req.payload.create({
      collection: config.deliveriesCollection,
      data: {
        endpoint: endpoint.id,
        ...(config.sites ? { [config.sites.field]: endpoint[config.sites.field] ?? null } : {}),
        url: endpoint.url,
        eventId: event.eventId,
        event: event.event,
        source: event.collection ?? event.global,
        documentId: event.id,
        attempt: (job.totalTried ?? 0) + 1,
        statusCode: result.statusCode,
        isDelivered: result.isDelivered,
        error: result.error,
        durationMs: result.durationMs,
      },
    })
    if (!result.isDelivered) {
      throw new Error(`Webhook ${event.eventId} to ${endpoint.url} failed: ${result.error}`)
    }
    return { output: { statusCode: result.statusCode } }
  },
})
