import { beforeAll, describe, expect, it } from 'vitest'

import { call, gql, GRAPHQL_RESPONSE, messageOf, type Client } from './client'

let officialId: string

beforeAll(async () => {
  const { json } = await call('/api/officials?where[slug][equals]=duong-huu-buong', { as: 'admin' })
  officialId = json.docs[0].id
})

const expect400 = async (path: string, as: Client = 'anonymous') => {
  const answer = await call(path, { as })
  expect([as, path, answer.status]).toEqual([as, path, 400])
  expect(messageOf(answer)).not.toMatch(/Something went wrong/)
  return answer
}

describe('malformed input gets a 400 that says what is wrong', () => {
  it('should refuse operators and values that are no filter, for anonymous and staff alike', async () => {
    for (const as of ['anonymous', 'contributor', 'editor'] as const) {
      for (const query of [
        'where[title][in][0][$ne]=x',
        'where[title][equals][$ne]=x',
        'where[title][$where]=sleep(1)',
        'where[title][$regex]=.*',
        'where[publishedAt][greater_than]=x%27--',
        'where[publishedAt][less_than]=2022-13-01',
        'where[publishedAt][in]=2020-01-01,not-a-day',
        'where[views][greater_than]=abc',
        'where[title][near]=1,2',
        'where[title][within]=x',
        'where[title][intersects]=x',
        'where[title][exists]=maybe',
        'where[title]=plain',
        'where[body.root.children][like]=a',
        'where[lead.x.y][equals]=a',
        'where[or]=x',
      ]) {
        await expect400(`/api/articles?${query}`, as)
      }
    }
  })

  it('should refuse the all operator, which SQLite cannot answer, with a 400 and not a 500', async () => {
    for (const as of ['anonymous', 'editor'] as const) {
      for (const path of [
        '/api/articles?where[slug][all]=a',
        '/api/categories?where[name][all][0]=a&where[name][all][1]=b',
        '/api/articles?where[units][all]=a,b',
      ]) {
        expect(messageOf(await expect400(path, as))).toContain('unknown operator "all"')
      }
    }
    const answer = await gql('{ Articles(where: { slug: { all: ["a"] } }) { totalDocs } }')
    expect(answer.json.data?.Articles ?? null).toBeNull()
    expect(messageOf(answer)).toContain('unknown operator "all"')
  })

  it('should refuse a list for a one-value operator, contains on a date and a whole polymorphic link', async () => {
    for (const as of ['anonymous', 'editor'] as const) {
      for (const [path, says] of [
        ['/api/articles?where[title][equals][]=a', 'takes one value'],
        ['/api/articles?where[slug][not_equals][0]=a&where[slug][not_equals][1]=b', 'one value'],
        ['/api/articles?where[title][like][]=a', 'takes one value'],
        ['/api/articles?where[publishedAt][contains]=2020', 'contains'],
        ['/api/articles?where[byline.person][equals]=a', 'byline.person.value'],
        ['/api/articles?where[byline.person][exists]=true', 'byline.person.relationTo'],
      ]) {
        expect([path, messageOf(await expect400(path, as))]).toEqual([
          path,
          expect.stringContaining(says),
        ])
      }
    }
    const parts = await call('/api/articles?where[byline.person.relationTo][equals]=users')
    expect(parts.status).toBe(200)
  })

  it('should name the operator or path it refuses', async () => {
    expect(messageOf(await expect400('/api/articles?where[title][near]=1,2'))).toContain('near')
    expect(messageOf(await expect400('/api/articles?where[body.root.children][like]=a'))).toContain(
      'body.root.children',
    )
    expect(messageOf(await expect400('/api/meetings?where[startsAt][equals]=hôm-qua'))).toContain(
      'startsAt',
    )
  })

  it('should refuse impossible dates in the read endpoints and GraphQL', async () => {
    for (const date of ['2022-13-01', '2022-00-10', '2022-02-30', '2022-01-32', '20220101', 'x']) {
      await expect400(`/api/officials/${officialId}/title?date=${date}`)
    }
    for (const day of ['2020-13-01', '2020-00-01', '2020-02-31'])
      await expect400(`/api/articles/by-day/${day}`)
    for (const date of ['2022-13-01', '2022-00-10', '2022-02-30']) {
      const answer = await gql(`{ officialTitle(id: "${officialId}", date: "${date}") { title } }`)
      expect([date, answer.json.data?.officialTitle ?? null]).toEqual([date, null])
      expect(messageOf(answer)).toContain('YYYY-MM-DD')
    }
  })

  it('should refuse a where nested thousands deep, in GraphQL variables and inline', async () => {
    // Written out by hand: JSON.stringify itself overflows on an object this deep.
    const where = `${'{"OR":['.repeat(5_000)}{"title":{"equals":"x"}}${']}'.repeat(5_000)}`
    const answer = await call('/api/graphql', {
      method: 'POST',
      // GraphQL over HTTP: a refused document is a 400 for clients that accept the GraphQL
      // response type, a 200 with errors (and no data) for legacy application/json ones.
      headers: { 'Content-Type': 'application/json', Accept: GRAPHQL_RESPONSE },
      body: `{"query":"query ($where: Article_where) { Articles(where: $where) { totalDocs } }","variables":{"where":${where}}}`,
    })
    expect(answer.status).toBe(400)
    expect(messageOf(answer)).toMatch(/where nests/)
    const inline = `{ Articles(where: ${'{ OR: ['.repeat(20)}{ title: { equals: "x" } }${']}'.repeat(20)}) { totalDocs } }`
    expect(messageOf(await gql(inline, { as: 'editor' }))).toMatch(/where nests/)
  })

  it('should refuse a REST where nested deeper than the bound, and a where that is no object', async () => {
    const deep = Array.from({ length: 9 }, () => '[or][0]').join('')
    await expect400(`/api/articles?where${deep}[title][equals]=x`, 'editor')
    await expect400('/api/articles?where=%7Bbad', 'editor')
  })

  it('should refuse malformed URL uploads with a 400', async () => {
    for (const src of [
      'not a url',
      'http://',
      'ftp://example.com/a.png',
      'javascript:alert(1)',
      'http://[::1',
    ]) {
      const answer = await call(`/api/media/paste-url?src=${encodeURIComponent(src)}`, {
        as: 'reporter',
      })
      expect([src, answer.status]).toEqual([src, 400])
    }
    for (const url of ['::::', 'ftp://example.com/a.png', 'http://[::1']) {
      const answer = await call('/api/media', {
        as: 'reporter',
        method: 'POST',
        body: { url, filename: 'a.png', alt: 'Ảnh' },
      })
      expect([url, answer.status]).toEqual([url, 400])
    }
  })

  it('should answer a path whose escapes are no UTF-8 with a 400, on the API, admin and portal', async () => {
    for (const path of [
      '/api/%FF',
      '/api/articles/%C3%28',
      '/admin/collections/%FF',
      '/tin/%FF',
      '/xem-truoc/%E0%A4',
    ]) {
      const answer = await call(path)
      expect([path, answer.status]).toEqual([path, 400])
      expect(answer.text).toContain('UTF-8')
    }
    expect((await call('/api/articles/by-slug/b%C3%A0i-kh%C3%B4ng-c%C3%B3')).status).toBe(404)
  })

  it('should still answer well-formed filters', async () => {
    for (const query of [
      'where[publishedAt][greater_than]=2020-01-01',
      'where[views][greater_than_equal]=0',
      'where[title][in]=a,b',
      'where[title][exists]=true',
      'where[or][0][title][like]=Bắc&where[or][1][lead][like]=Bắc',
    ]) {
      const answer = await call(`/api/articles?${query}`)
      expect([query, answer.status]).toEqual([query, 200])
    }
  })

  it('should answer GraphQL filters combined with AND and OR', async () => {
    const { status, json } = await gql(
      '{ Articles(where: { AND: [{ views: { greater_than_equal: 0 } }, { OR: [{ publishedAt: { exists: true } }, { views: { greater_than: 1000000 } }] }] }) { totalDocs } }',
    )
    expect([status, json?.errors?.[0]?.message ?? null]).toEqual([200, null])
    expect(json?.data?.Articles?.totalDocs).toBeGreaterThan(0)
  })
})
