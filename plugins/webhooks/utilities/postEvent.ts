import type { WebhookEvent } from '../types'
import { signWebhook } from './signWebhook'

export type DeliveryResult = {
  isDelivered: boolean
  statusCode: number | null
  error: string | null
  durationMs: number
}

/**
 * POSTs one event, signed, and reports how it went; never throws. Only a 2xx counts as
 * delivered; redirects are not followed (a moved endpoint should be edited, not guessed).
 */
export const postEvent = async ({
  event,
  secret,
  timeoutMs,
  url,
}: {
  event: WebhookEvent
  secret: string
  timeoutMs: number
  url: string
}): Promise<DeliveryResult> => {
  const body = JSON.stringify(event)
  const timestamp = Math.floor(Date.now() / 1000)
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'payload-webhooks',
        'webhook-id': event.eventId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook({ body, id: event.eventId, secret, timestamp }),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    await response.body?.cancel()
    return {
      isDelivered: response.ok,
      statusCode: response.status,
      error: response.ok ? null : `HTTP ${response.status}`,
      durationMs: elapsed(),
    }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    const message = error instanceof Error ? error.message : String(error)
    return {
      isDelivered: false,
      statusCode: null,
      error: cause ? `${message} (${cause})` : message,
      durationMs: elapsed(),
    }
  }
}
