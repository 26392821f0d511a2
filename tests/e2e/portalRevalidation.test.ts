import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSeededServer, type Api } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'
import { isSignedBy, startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

/**
 * The portal's own cache in the real app (`npm run dev`): its feed is read through Next's data
 * cache, and a correction or a takedown made over the API shows in it on the next request,
 * through `revalidateTag` in the request that made the change; an outside front end is told by
 * a signed webhook.
 */

const SLUG = 'kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh'
const TITLE = 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh'
const CORRECTED = 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh năm 2020'

let server: RunningServer
let api: Api
let token: string
let receiver: WebhookReceiver
let articleId: string

const feedTitles = async () => {
  const response = await fetch(`${server.url}/rss.xml`)
  expect(response.status, server.output()).toBe(200)
  return [...(await response.text()).matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])
}

const move = (to: string, note?: string) =>
  api(`/articles/${articleId}/transition`, { method: 'POST', token, body: { to, note } })

beforeAll(async () => {
  ;({ server, api, adminToken: token } = await startSeededServer('e2e-Revalidate-pass-1'))
  receiver = await startWebhookReceiver()
  articleId = (await api(`/articles?where[slug][equals]=${SLUG}&depth=0`)).docs[0].id
})

afterAll(async () => {
  await receiver?.close()
  await server?.stop()
})

describe("the portal's cache and the webhooks", () => {
  it('should show a correction in the feed at once, and tell a webhook endpoint', async () => {
    const { doc: endpoint } = await api('/webhook-endpoints', {
      method: 'POST',
      token,
      body: { url: receiver.url },
    })
    expect(await feedTitles()).toContain(TITLE)

    await api(`/articles/${articleId}`, { method: 'PATCH', token, body: { title: CORRECTED } })
    // A draft over the published article: the feed, from Next's cache, stays as it was.
    expect(await feedTitles()).toContain(TITLE)

    await move('published')
    const titles = await feedTitles()
    expect(titles).toContain(CORRECTED)
    expect(titles).not.toContain(TITLE)

    const [delivery] = await receiver.waitFor(1, 30_000)
    expect(delivery.json).toMatchObject({ event: 'corrected', id: articleId, slug: SLUG })
    expect(isSignedBy(endpoint.secret, delivery)).toBe(true)
  })

  it('should drop a taken-down article from the feed at once', async () => {
    expect(await feedTitles()).toContain(CORRECTED)
    await move('unpublished', 'Gỡ để kiểm tra bộ nhớ đệm của cổng')
    const titles = await feedTitles()
    expect(titles).not.toContain(CORRECTED)
    expect(titles).not.toContain(TITLE)
    const [, takedown] = await receiver.waitFor(2, 30_000)
    expect(takedown.json).toMatchObject({ event: 'unpublished', id: articleId })
  })
})
