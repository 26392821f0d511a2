import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/http'
import { closeTestPayload, testPayload } from '../helpers/payload'
import { createSiteUser, createUser, TEST_PASSWORD } from '../helpers/users'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { placeInStage } from '../helpers/workflow'

/**
 * Webhook endpoints per site, over real HTTP to real receivers: an endpoint of one site gets
 * that site's events and those of shared documents, an endpoint with no site every event; a
 * site's admin manages only their site's endpoints and reads only the deliveries to them.
 */
let payload: Payload
const site: Record<'province' | 'city', string> = { province: '', city: '' }
const category: Record<'province' | 'city', string> = { province: '', city: '' }
const receiver = {} as Record<'province' | 'city' | 'everySite', WebhookReceiver>
const endpoint = {} as Record<'province' | 'city' | 'everySite', string>
let cityAdminToken: string
let adminToken: string
let cityArticle: string

const received = (key: keyof typeof receiver, id: string) =>
  receiver[key].received.filter((delivery) => delivery.json.id === id)

/** Resolves once the delivery log holds `count` entries for the document: every attempt done. */
const logged = async (documentId: string, count: number) => {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const { totalDocs } = await payload.count({
      collection: 'webhook-deliveries',
      where: { documentId: { equals: documentId } },
    })
    if (totalDocs >= count) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`fewer than ${count} deliveries of ${documentId} logged`)
}

/** A published article of the site, once its `count` deliveries are done and logged. */
const publishedOn = async (key: 'province' | 'city', title: string, count: number) => {
  const article = await payload.create({
    collection: 'articles',
    data: { title, site: site[key], category: category[key] },
    depth: 0,
  })
  await placeInStage(payload, article.id, 'published')
  await logged(article.id, count)
  return article.id
}

beforeAll(async () => {
  payload = await testPayload()
  site.province = (
    await payload.create({
      collection: 'sites',
      data: { name: 'Cổng tỉnh', slug: 'tinh', languages: ['vi'] },
    })
  ).id
  site.city = (
    await payload.create({
      collection: 'sites',
      data: {
        name: 'Trang thành phố',
        slug: 'thanh-pho',
        languages: ['vi'],
        parent: site.province,
      },
    })
  ).id
  for (const key of ['province', 'city'] as const) {
    category[key] = (
      await payload.create({
        collection: 'categories',
        data: { name: 'Thời sự', slug: 'thoi-su', site: site[key] },
      })
    ).id
  }
  for (const key of ['province', 'city', 'everySite'] as const) {
    receiver[key] = await startWebhookReceiver()
    endpoint[key] = (
      await payload.create({
        collection: 'webhook-endpoints',
        data: {
          url: receiver[key].url,
          site: key === 'everySite' ? undefined : site[key],
        },
      })
    ).id
  }
  const admin = await createUser(payload, ['admin'])
  const cityAdmin = await createSiteUser(payload, [{ site: site.city, roles: ['siteAdmin'] }])
  adminToken = await login(admin.email, TEST_PASSWORD)
  cityAdminToken = await login(cityAdmin.email, TEST_PASSWORD)
})

afterAll(async () => {
  for (const each of Object.values(receiver)) await each.close()
  await closeTestPayload()
})

describe('webhook endpoints per site', () => {
  it("should send a site's article to that site's endpoint and the every-site one, not the other site's", async () => {
    const id = await publishedOn('city', 'Thành phố ra quân làm sạch đường phố', 2)
    expect(received('city', id).map((delivery) => delivery.json.site)).toEqual(['thanh-pho'])
    expect(received('everySite', id)).toHaveLength(1)
    expect(received('province', id)).toEqual([])
    cityArticle = id
  })

  it('should send a change to a shared document to every endpoint', async () => {
    const unit = await payload.create({
      collection: 'units',
      data: { name: 'Phường Sông Cầu', kind: 'communeOrWard', level: 'commune' },
    })
    await logged(unit.id, 3)
    expect(
      Object.keys(receiver).map((key) => received(key as keyof typeof receiver, unit.id).length),
    ).toEqual([1, 1, 1])
  })

  it("should let a site's admin list and add only their site's endpoints", async () => {
    const { json: list } = await rest('GET', '/webhook-endpoints?depth=0', {
      token: cityAdminToken,
    })
    expect(list.docs.map((doc: { id: string }) => doc.id)).toEqual([endpoint.city])
    const own = await rest('POST', '/webhook-endpoints', {
      token: cityAdminToken,
      body: { url: 'http://127.0.0.1:9/thanh-pho', site: site.city, isActive: false },
    })
    expect(own.status).toBe(201)
    const other = await rest('POST', '/webhook-endpoints', {
      token: cityAdminToken,
      body: { url: 'http://127.0.0.1:9/tinh', site: site.province },
    })
    const everySite = await rest('POST', '/webhook-endpoints', {
      token: cityAdminToken,
      body: { url: 'http://127.0.0.1:9/moi-cong' },
    })
    expect([other.status, everySite.status]).toEqual([400, 400])
    expect(other.json.errors[0].data.errors[0].message).toMatch(/cổng bạn quản trị/)
    const moved = await rest('PATCH', `/webhook-endpoints/${endpoint.province}`, {
      token: cityAdminToken,
      body: { site: site.city },
    })
    expect(moved.status).toBe(403)
  })

  it("should show a site's admin only the deliveries to their site's endpoints, an installation admin all", async () => {
    const id = await publishedOn('province', 'Tỉnh họp tổng kết năm', 2)
    expect(received('province', id)).toHaveLength(1)
    const ofSite = async (token: string) => {
      const { json } = await rest('GET', '/webhook-deliveries?depth=0&limit=100', { token })
      return [...new Set(json.docs.map((doc: { endpoint: string }) => doc.endpoint))].sort()
    }
    expect(await ofSite(cityAdminToken)).toEqual([endpoint.city])
    expect(await ofSite(adminToken)).toEqual(
      [endpoint.province, endpoint.city, endpoint.everySite].sort(),
    )
    const { docs: toProvince } = await payload.find({
      collection: 'webhook-deliveries',
      where: { endpoint: { equals: endpoint.province } },
      depth: 0,
    })
    expect(toProvince.map((delivery) => delivery.documentId)).not.toContain(cityArticle)
  })

  it("should drop a deleted site's endpoints, not leave them endpoints of every site", async () => {
    const ward = await payload.create({
      collection: 'sites',
      data: { name: 'Phường Đức Xuân', slug: 'phuong-duc-xuan', languages: ['vi'] },
    })
    const wardEndpoint = await payload.create({
      collection: 'webhook-endpoints',
      data: { url: 'http://127.0.0.1:9/phuong', site: ward.id },
    })
    await payload.delete({ collection: 'sites', id: ward.id })
    const left = await payload.find({
      collection: 'webhook-endpoints',
      where: { id: { equals: wardEndpoint.id } },
    })
    expect(left.docs).toEqual([])
  })
})
