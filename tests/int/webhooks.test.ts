import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { transition } from '@plugins/newsroom'

import { graphql, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { freePort } from '../helpers/server'
import { createUser } from '../helpers/users'
import {
  isSignedBy,
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from '../helpers/webhookReceiver'
import { placeInStage } from '../helpers/workflow'

/**
 * The revalidation webhooks, end to end: real changes through the workflow, the jobs queue,
 * signed POSTs over HTTP to real receivers on 127.0.0.1, and the delivery log.
 */

let payload: Payload
let admin: Awaited<ReturnType<typeof createUser>>
let chief: Awaited<ReturnType<typeof createUser>>
let categoryId: string
let receiver: WebhookReceiver
let endpoint: { id: string; secret: string }
/** Endpoints a test added, switched off after it. */
const extraEndpoints: string[] = []

const addEndpoint = async (url: string, data: Record<string, unknown> = {}) => {
  const created = await payload.create({
    collection: 'webhook-endpoints',
    data: { url, ...data },
    user: admin,
    overrideAccess: false,
  })
  return { id: created.id, secret: created.secret as string }
}

const move = (id: string, to: string, note?: string) =>
  transition({ payload, collection: 'articles', id, to, note, user: chief })

/** A new article of the test category, approved and ready for the editor-in-chief. */
const approvedArticle = async (title: string) => {
  const { id, slug } = await payload.create({
    collection: 'articles',
    data: { title, category: categoryId, publishedAt: new Date().toISOString() },
    depth: 0,
  })
  await placeInStage(payload, id, 'approved')
  return { id, slug: slug as string }
}

/** Resolves once no delivery is running or due now (retries waiting for their backoff aside). */
const deliveriesSettled = async () => {
  const deadline = Date.now() + 10_000
  for (;;) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: 'webhooks' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          {
            or: [
              { processing: { equals: true } },
              { waitUntil: { exists: false } },
              { waitUntil: { less_than: new Date().toISOString() } },
            ],
          },
        ],
      },
    })
    if (totalDocs === 0) return
    if (Date.now() > deadline) throw new Error(`${totalDocs} webhook jobs still pending`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const eventsFor = (id: string, deliveries: ReceivedWebhook[] = receiver.received) =>
  deliveries.filter((delivery) => delivery.json.id === id).map((delivery) => delivery.json.event)

const deliveriesOf = (documentId: string) =>
  payload.find({
    collection: 'webhook-deliveries',
    where: { documentId: { equals: documentId } },
    sort: 'createdAt',
    depth: 0,
  })

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, ['admin'])
  chief = await createUser(payload, ['editorInChief'])
  categoryId = (await payload.create({ collection: 'categories', data: { name: 'Thời sự' } })).id
  receiver = await startWebhookReceiver()
  endpoint = await addEndpoint(receiver.url, { description: 'Cổng thử nghiệm' })
})

afterEach(async () => {
  for (const id of extraEndpoints.splice(0)) {
    await payload.update({ collection: 'webhook-endpoints', id, data: { isActive: false } })
  }
  await deliveriesSettled()
})

afterAll(async () => {
  await receiver?.close()
})

describe('revalidation webhooks', () => {
  it('should give a new endpoint a generated whsec_ secret and refuse a URL that is not http', async () => {
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    await expect(addEndpoint('ftp://example.test/hook')).rejects.toMatchObject({
      data: {
        errors: [expect.objectContaining({ path: 'url', message: expect.stringMatching(/http/) })],
      },
    })
  })

  it('should POST a signed event with what, id, slug, category and time when an article is published', async () => {
    const { id, slug } = await approvedArticle('Tin được xuất bản có webhook')
    const before = receiver.received.length
    await move(id, 'published')
    const [delivery] = (await receiver.waitFor(before + 1)).slice(before)

    expect(isSignedBy(endpoint.secret, delivery)).toBe(true)
    expect(isSignedBy('whsec_' + Buffer.alloc(32).toString('base64'), delivery)).toBe(false)
    expect(delivery.headers['content-type']).toBe('application/json')
    expect(delivery.json).toEqual({
      eventId: delivery.headers['webhook-id'],
      event: 'published',
      collection: 'articles',
      id,
      slug,
      category: 'thoi-su',
      // The request's locale: the config has vi and en (README, "Languages").
      locale: 'vi',
      // The installation's one site, made on first need.
      site: 'cong-thong-tin-dien-tu',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    })
    expect(delivery.json.eventId).toMatch(/^evt_/)
  })

  it('should send exactly one event per publish, correction, unpublish and delete, and none for draft saves', async () => {
    const first = await approvedArticle('Tin đi hết vòng đời')
    const second = await approvedArticle('Tin sẽ bị xóa sau khi đăng')
    const draftOnly = await payload.create({
      collection: 'articles',
      data: { title: 'Tin nháp không bao giờ đăng', category: categoryId },
      depth: 0,
    })
    const edit = (id: string, title: string, user = chief) =>
      payload.update({ collection: 'articles', id, data: { title }, user, overrideAccess: false })

    await edit(draftOnly.id, 'Tin nháp, sửa lần nữa', admin)
    await move(first.id, 'published')
    await edit(first.id, 'Bản sửa chờ đăng') // a draft over the published article
    await deliveriesSettled()
    expect(eventsFor(first.id)).toEqual(['published'])

    await move(first.id, 'published') // the correction goes out
    await move(first.id, 'unpublished', 'Gỡ để thử webhook')
    await move(second.id, 'published')
    await payload.delete({ collection: 'articles', id: second.id })
    await payload.delete({ collection: 'articles', id: draftOnly.id })
    await deliveriesSettled()

    expect(eventsFor(first.id)).toEqual(['published', 'corrected', 'unpublished'])
    expect(eventsFor(second.id)).toEqual(['published', 'deleted'])
    expect(eventsFor(draftOnly.id)).toEqual([])
    expect((await deliveriesOf(draftOnly.id)).totalDocs).toBe(0)
  })

  it('should send a changed event for reference data and the site settings', async () => {
    const before = receiver.received.length
    const category = await payload.create({ collection: 'categories', data: { name: 'Kinh tế' } })
    await payload.updateGlobal({ slug: 'site-settings', data: { name: 'Cổng thông tin thử' } })
    await deliveriesSettled()
    const events = receiver.received.slice(before).map((delivery) => delivery.json)
    expect(events).toEqual([
      expect.objectContaining({
        event: 'changed',
        collection: 'categories',
        id: category.id,
        slug: 'kinh-te',
      }),
      expect.objectContaining({ event: 'changed', global: 'site-settings' }),
    ])
  })

  it('should retry a failed delivery after its backoff, with the same event id, and log both attempts', async () => {
    const { id } = await approvedArticle('Tin gửi lại sau lỗi')
    const before = receiver.received.length
    receiver.answerWith([500])
    await move(id, 'published')
    await receiver.waitFor(before + 1)
    await deliveriesSettled()

    const [job] = (
      await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ queue: { equals: 'webhooks' } }, { 'input.event.id': { equals: id } }] },
      })
    ).docs
    // The first retry waits the backoff's base delay (30 s by default).
    expect(new Date(job.waitUntil as string).getTime() - Date.now()).toBeGreaterThan(25_000)
    await payload.jobs.run({ queue: 'webhooks' })
    expect(receiver.received.length).toBe(before + 1)

    // As if the backoff had passed: the cron (or a worker) picks the job up again.
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await payload.jobs.run({ queue: 'webhooks' })
    const [failed, retried] = (await receiver.waitFor(before + 2)).slice(before)
    expect(retried.headers['webhook-id']).toBe(failed.headers['webhook-id'])
    expect(isSignedBy(endpoint.secret, retried)).toBe(true)

    const log = (await deliveriesOf(id)).docs
    expect(
      log.map(({ attempt, statusCode, isDelivered, error }) => ({
        attempt,
        statusCode,
        isDelivered,
        error,
      })),
    ).toEqual([
      { attempt: 1, statusCode: 500, isDelivered: false, error: 'HTTP 500' },
      { attempt: 2, statusCode: 200, isDelivered: true, error: null },
    ])
    expect(log[0]).toMatchObject({ endpoint: endpoint.id, url: receiver.url, event: 'published' })
  })

  it('should publish at once, whatever the endpoints, when one is dead and one never answers', async () => {
    const closedPort = await freePort()
    const hanging = await startWebhookReceiver({ isHanging: true })
    const dead = await addEndpoint(`http://127.0.0.1:${closedPort}/hook`)
    const silent = await addEndpoint(hanging.url)
    extraEndpoints.push(dead.id, silent.id)
    try {
      const { id } = await approvedArticle('Tin đăng khi cổng nhận chết')
      const result = await move(id, 'published')
      // The transition has returned while the silent endpoint still holds its request open.
      expect(result.to).toBe('published')
      const published = await payload.findByID({ collection: 'articles', id, depth: 0 })
      expect(published._status).toBe('published')

      await hanging.waitFor(1)
      await expect
        .poll(async () => (await deliveriesOf(id)).docs.map((entry) => entry.url))
        .toContain(dead.id && `http://127.0.0.1:${closedPort}/hook`)
      const refused = (await deliveriesOf(id)).docs.find((entry) => entry.endpoint === dead.id)
      expect(refused).toMatchObject({ attempt: 1, statusCode: null, isDelivered: false })
      expect(refused?.error).toMatch(/ECONNREFUSED|fetch failed/)
    } finally {
      await hanging.close()
    }
  })

  it('should hand back to the queue a delivery that a stopped process left half-run', async () => {
    const { id } = await approvedArticle('Tin có lần gửi bị bỏ dở')
    const event = { eventId: 'evt_bo-do', event: 'published', collection: 'articles', id }
    const stalled = await payload.jobs.queue({
      task: 'webhooksDeliver',
      input: { endpoint: endpoint.id, event },
      queue: 'webhooks',
    })
    // As a script's process.exit() mid-delivery leaves it: processing, for minutes.
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: stalled.id,
      data: { processing: true, updatedAt: new Date(Date.now() - 5 * 60_000).toISOString() },
    })
    const before = receiver.received.length

    await move(id, 'published') // the next delivery run recovers it first
    await expect
      .poll(
        async () =>
          (await payload.findByID({ collection: 'payload-jobs', id: stalled.id })).processing,
      )
      .toBe(false)
    await payload.jobs.run({ queue: 'webhooks' }) // as the cron does
    const received = (await receiver.waitFor(before + 2)).slice(before)
    expect(received.map((delivery) => delivery.json.eventId)).toContain('evt_bo-do')
  })

  it('should forget delivery log entries older than 30 days', async () => {
    await payload.db.create({
      collection: 'webhook-deliveries',
      data: {
        event: 'published',
        documentId: 'bai-cu',
        createdAt: new Date(Date.now() - 31 * 24 * 60 * 60_000).toISOString(),
        updatedAt: new Date(Date.now() - 31 * 24 * 60 * 60_000).toISOString(),
      },
    })
    const recent = await payload.db.create({
      collection: 'webhook-deliveries',
      data: {
        event: 'published',
        documentId: 'bai-moi',
        createdAt: new Date(Date.now() - 29 * 24 * 60 * 60_000).toISOString(),
        updatedAt: new Date(Date.now() - 29 * 24 * 60 * 60_000).toISOString(),
      },
    })
    const { id } = await approvedArticle('Tin dọn nhật ký')
    await move(id, 'published') // the next delivery run tidies up first
    await deliveriesSettled()
    await expect.poll(async () => (await deliveriesOf('bai-cu')).totalDocs).toBe(0)
    expect((await deliveriesOf('bai-moi')).docs.map((entry) => entry.id)).toEqual([recent.id])
  })

  it('should keep endpoints and their secrets, and the delivery log, from anonymous clients and staff', async () => {
    const anonymous = await rest('GET', '/webhook-endpoints')
    const anonymousLog = await rest('GET', '/webhook-deliveries')
    const overGraphql = await graphql('{ WebhookEndpoints { docs { url secret } } }')
    expect([anonymous.status, anonymousLog.status]).toEqual([403, 403])
    expect(JSON.stringify(overGraphql.json)).not.toContain(endpoint.secret)
    expect(overGraphql.json.errors?.length).toBeGreaterThan(0)

    const asChief = { user: chief, overrideAccess: false } as const
    await expect(payload.find({ collection: 'webhook-endpoints', ...asChief })).rejects.toThrow()
    await expect(payload.find({ collection: 'webhook-deliveries', ...asChief })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'webhook-deliveries', data: { event: 'forged' }, ...asChief }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'webhook-deliveries',
        data: { event: 'forged' },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()

    const asAdmin = await payload.findByID({
      collection: 'webhook-endpoints',
      id: endpoint.id,
      user: admin,
      overrideAccess: false,
    })
    expect(asAdmin.secret).toBe(endpoint.secret)
    expect(
      (await payload.find({ collection: 'webhook-deliveries', user: admin, overrideAccess: false }))
        .totalDocs,
    ).toBeGreaterThan(0)
  })
})
