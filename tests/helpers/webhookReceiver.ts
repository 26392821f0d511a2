import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Json } from './json'

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; json: Json }

/**
 * Verifies a delivery as the README tells a front end to (Standard Webhooks): HMAC-SHA256, keyed
 * by the base64 after `whsec_`, of `<webhook-id>.<webhook-timestamp>.<body>`, compared in
 * constant time, with a timestamp no older than five minutes.
 */
export const isSignedBy = (secret: string, { headers, body }: ReceivedWebhook): boolean => {
  const id = String(headers['webhook-id'])
  const timestamp = Number(headers['webhook-timestamp'])
  if (Math.abs(Date.now() / 1000 - timestamp) > 300) return false
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest()
  return String(headers['webhook-signature'])
    .split(' ')
    .some((signature) => {
      const [version, value] = signature.split(',')
      const given = Buffer.from(value ?? '', 'base64')
      return (
        version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected)
      )
    })
}

export type WebhookReceiver = {
  url: string
  received: ReceivedWebhook[]
  /** Statuses to answer with, first to last; once used up, 200. */
  answerWith: (statuses: number[]) => void
  /** Resolves once `count` deliveries have arrived (fails after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedWebhook[]>
  /** Answers the deliveries a hanging receiver holds, with 200. */
  release: () => void
  close: () => Promise<void>
}

/** A real HTTP server on 127.0.0.1 and a free port that records every POST it receives. */
export const startWebhookReceiver = async ({
  isHanging = false,
}: { isHanging?: boolean } = {}): Promise<WebhookReceiver> => {
  const received: ReceivedWebhook[] = []
  const held: ServerResponse[] = []
  let statuses: number[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body, json: JSON.parse(body) })
      if (isHanging) {
        held.push(response)
        return
      }
      response.writeHead(statuses.shift() ?? 200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/toasoan`,
    received,
    answerWith: (next) => (statuses = [...next]),
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} webhook deliveries, got ${received.length}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return received
    },
    release: () => {
      for (const response of held.splice(0)) response.writeHead(200).end()
    },
    close: async () => {
      for (const response of held) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
