import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET } from '@/app/(payload)/api/[...slug]/route'
import { POST as GRAPHQL } from '@/app/(payload)/api/graphql/route'
import { transition } from '@plugins/newsroom'
import type { Json } from '@tests/helpers/json'

import { login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { placeInStage } from '../helpers/workflow'

/**
 * The read cache through the very route handlers Next serves at /api and /api/graphql. Each test
 * reads URLs of its own, so that what one test cached does not answer another.
 */

let payload: Payload
let chief: Awaited<ReturnType<typeof createUser>>
let chiefToken: string
let categoryId: string
/** A category of its own for the tests that rename it. */
let otherCategoryId: string

type Read = { status: number; cache: string | null; json: Json }

const read = async (response: Response): Promise<Read> => ({
  status: response.status,
  cache: response.headers.get('x-cache'),
  json: await response.json(),
})

const get = async (path: string, headers: Record<string, string> = {}): Promise<Read> => {
  const url = new URL(`http://localhost/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return read(await GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) }))
}

const graphql = async (query: string, headers: Record<string, string> = {}): Promise<Read> =>
  read(
    await GRAPHQL(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      }),
    ),
  )

const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title)

/** A new article of the test category, placed in the given stage. */
const articleIn = async (stage: string, title: string): Promise<string> => {
  const { id } = await payload.create({
    collection: 'articles',
    data: { title, category: categoryId, publishedAt: new Date().toISOString() },
    depth: 0,
  })
  await placeInStage(payload, id, stage)
  return id
}

/** An editor's save of a published article: the newsroom plugin keeps it a draft. */
const editTitle = (id: string, title: string) =>
  payload.update({
    collection: 'articles',
    id,
    data: { title },
    user: chief,
    overrideAccess: false,
  })

const move = (id: string, to: string, note?: string) =>
  transition({ payload, collection: 'articles', id, to, note, user: chief })

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  chief = await createUser(payload, ['editorInChief'])
  chiefToken = await login(chief.email, TEST_PASSWORD)
  categoryId = (await payload.create({ collection: 'categories', data: { name: 'Thời sự' } })).id
  otherCategoryId = (await payload.create({ collection: 'categories', data: { name: 'Văn hoá' } }))
    .id
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the read cache', () => {
  it('should answer an anonymous read from Payload first, then from the cache with its headers', async () => {
    await articleIn('published', 'Tin đầu tiên')
    const first = await get('/articles/latest?category=thoi-su&limit=1')
    const second = await get('/articles/latest?category=thoi-su&limit=1')
    expect([first.status, first.cache, second.status, second.cache]).toEqual([
      200,
      'MISS',
      200,
      'HIT',
    ])
    expect(second.json).toEqual(first.json)
    const response = await GET(
      new Request('http://localhost/api/articles/latest?category=thoi-su&limit=1'),
      {
        params: Promise.resolve({ slug: ['articles', 'latest'] }),
      },
    )
    expect(response.headers.get('content-type')).toContain('application/json')
  })

  it('should never answer a logged-in reader or an API client from the cache', async () => {
    const path = '/articles?where[title][equals]=Tin%20%C4%91%E1%BA%A7u%20ti%C3%AAn'
    expect((await get(path)).cache).toBe('MISS')
    expect((await get(path)).cache).toBe('HIT')
    const asChief = await get(path, { Authorization: `JWT ${chiefToken}` })
    const withCookie = await get(path, { Cookie: `payload-lng=vi; payload-token=${chiefToken}` })
    const withApiKey = await get(path, { Authorization: 'users API-Key not-a-key' })
    expect([asChief.status, asChief.cache, withCookie.status, withCookie.cache]).toEqual([
      200,
      null,
      200,
      null,
    ])
    expect(withApiKey.cache).toBeNull()
  })

  it('should show an article the moment it is published, and drop it the moment it is unpublished', async () => {
    const path = '/articles/latest?category=thoi-su&limit=50'
    const id = await articleIn('approved', 'Tin vừa duyệt')
    await get(path)
    expect(titles((await get(path)).json.docs)).not.toContain('Tin vừa duyệt')

    // Through the REST endpoint the admin's workflow panel calls.
    const published = await rest('POST', `/articles/${id}/transition`, {
      token: chiefToken,
      body: { to: 'published' },
    })
    expect(published.status).toBe(200)
    const afterPublish = await get(path)
    expect([afterPublish.cache, titles(afterPublish.json.docs)]).toEqual([
      'MISS',
      expect.arrayContaining(['Tin vừa duyệt']),
    ])
    expect((await get(path)).cache).toBe('HIT')

    await move(id, 'unpublished', 'Gỡ để kiểm tra bộ nhớ đệm')
    const afterUnpublish = await get(path)
    expect([afterUnpublish.cache, titles(afterUnpublish.json.docs)]).toEqual([
      'MISS',
      expect.not.arrayContaining(['Tin vừa duyệt']),
    ])
  })

  it('should drop a published article with a pending draft the moment it is unpublished', async () => {
    const id = await articleIn('published', 'Tin có bản sửa chờ duyệt')
    await editTitle(id, 'Bản sửa chưa đăng')
    const path = `/articles/${id}`
    expect((await get(path)).status).toBe(200)
    expect((await get(path)).cache).toBe('HIT')
    await move(id, 'unpublished', 'Gỡ bài có bản nháp')
    expect((await get(path)).status).toBe(404)
  })

  it('should drop a published article the moment it is deleted', async () => {
    const id = await articleIn('published', 'Tin sẽ bị xoá')
    const path = `/articles/${id}?depth=1`
    await get(path)
    expect((await get(path)).cache).toBe('HIT')
    await payload.delete({ collection: 'articles', id })
    expect((await get(path)).status).toBe(404)
  })

  it('should keep serving the published text after a draft save, and never show the draft', async () => {
    const id = await articleIn('published', 'Tin gốc đã đăng')
    const { slug } = await payload.findByID({ collection: 'articles', id, depth: 0 })
    const path = `/articles/by-slug/${slug}?related=0`
    expect((await get(path)).cache).toBe('MISS')

    await editTitle(id, 'Bản nháp chưa được đăng')
    const cached = await get(path)
    expect([cached.cache, cached.json.article.title]).toEqual(['HIT', 'Tin gốc đã đăng'])
    const fresh = await get(`${path}&fresh=1`)
    expect([fresh.cache, fresh.json.article.title]).toEqual(['MISS', 'Tin gốc đã đăng'])
  })

  it("should show the editor-in-chief's published correction at once", async () => {
    const id = await articleIn('published', 'Tin trước khi đính chính')
    const path = `/articles/${id}?depth=0`
    expect((await get(path)).json.title).toBe('Tin trước khi đính chính')
    await editTitle(id, 'Tin đã đính chính')
    expect((await get(path)).json.title).toBe('Tin trước khi đính chính')

    await move(id, 'published')
    const corrected = await get(path)
    expect([corrected.cache, corrected.json.title]).toEqual(['MISS', 'Tin đã đính chính'])
  })

  it('should keep the cache when an unpublished article moves between stages', async () => {
    const id = await articleIn('draft', 'Tin còn trong quy trình')
    const path = '/articles/latest?category=thoi-su&limit=49'
    await get(path)
    await move(id, 'submitted')
    expect((await get(path)).cache).toBe('HIT')
  })

  it('should show a change to a category at once', async () => {
    const path = `/categories/${otherCategoryId}?depth=0`
    await get(path)
    await payload.update({
      collection: 'categories',
      id: otherCategoryId,
      data: { name: 'Văn hoá – Xã hội' },
    })
    const changed = await get(path)
    expect([changed.cache, changed.json.name]).toEqual(['MISS', 'Văn hoá – Xã hội'])
  })

  it('should show a change to the site settings at once', async () => {
    const query = '{ SiteSettings { name } }'
    await payload.updateGlobal({ slug: 'site-settings', data: { name: 'Cổng cũ' } })
    await graphql(query)
    expect((await graphql(query)).cache).toBe('HIT')
    await payload.updateGlobal({ slug: 'site-settings', data: { name: 'Cổng mới' } })
    const changed = await graphql(query)
    expect([changed.cache, changed.json.data.SiteSettings.name]).toEqual(['MISS', 'Cổng mới'])
  })

  it('should cache an anonymous GraphQL query, by query text', async () => {
    await articleIn('published', 'Tin đọc qua GraphQL')
    const query = '{ latestArticles(category: "thoi-su", limit: 3) { docs { title } } }'
    expect((await graphql(query)).cache).toBe('MISS')
    const second = await graphql(query)
    expect([second.status, second.cache]).toEqual([200, 'HIT'])
    expect(second.json.data.latestArticles.docs.length).toBeGreaterThan(0)
    expect((await graphql(query.replace('limit: 3', 'limit: 4'))).cache).toBe('MISS')
    expect((await graphql(query, { Authorization: `JWT ${chiefToken}` })).cache).toBeNull()
  })

  it('should always run a GraphQL mutation, the view counter, and let cached views lag', async () => {
    const id = await articleIn('published', 'Tin được đếm lượt đọc')
    const path = `/articles/${id}?depth=0`
    expect((await get(path)).json.views).toBe(0)
    const mutation = `mutation { countArticleView(id: "${id}") { views } }`
    const counts = [await graphql(mutation), await graphql(mutation)]
    expect(counts.map(({ cache, json }) => [cache, json.data.countArticleView.views])).toEqual([
      [null, 1],
      [null, 2],
    ])
    const mixed = `query Read { Articles(limit: 1) { totalDocs } } mutation Count { countArticleView(id: "${id}") { views } }`
    const request = () =>
      GRAPHQL(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: mixed, operationName: 'Count' }),
        }),
      ).then(read)
    expect((await request()).json.data.countArticleView.views).toBe(3)
    expect((await request()).json.data.countArticleView.views).toBe(4)
    // Counting writes no hooks: the cached article shows its views as of when it was cached.
    const cached = await get(path)
    expect([cached.cache, cached.json.views]).toEqual(['HIT', 0])
  })

  it('should not cache an answer that is not a 200', async () => {
    const missing = [
      await get('/articles/by-slug/khong-co-bai-nay'),
      await get('/articles/by-slug/khong-co-bai-nay'),
    ]
    expect(missing.map(({ status, cache }) => [status, cache])).toEqual([
      [404, 'MISS'],
      [404, 'MISS'],
    ])
  })

  it("should show another process's write once the TTL has run out", async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const path = `/categories/${otherCategoryId}?depth=0&ttl=1`
    const before = (await get(path)).json.name
    // As `npm run import` in another process would: a write that runs no hooks here.
    await payload.db.updateOne({
      collection: 'categories',
      id: otherCategoryId,
      // Stored as Payload stores a localized field: one value per locale.
      data: { name: { vi: 'Thời sự mới' } },
    })
    vi.setSystemTime(Date.now() + 59_000)
    expect((await get(path)).json.name).toBe(before)
    vi.setSystemTime(Date.now() + 2_000)
    const expired = await get(path)
    expect([expired.cache, expired.json.name]).toEqual(['MISS', 'Thời sự mới'])
  })
})
