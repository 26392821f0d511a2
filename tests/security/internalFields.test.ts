import { describe, expect, it } from 'vitest'

import { call, gql, messageOf, security } from './client'

/** What the newsroom keeps for itself on an article: never in an anonymous answer. */
const internals = [
  'workflowStage',
  'workflowSequence',
  'workflowAssignee',
  'createdBy',
  'submittedBy',
  'submittedAt',
  'editedBy',
  'editedAt',
  'approvedBy',
  'approvedAt',
  'publishedBy',
  'lastPublishedAt',
  'importKey',
  'searchTitle',
  'searchText',
  'searchLead',
  'searchTitleExact',
  'searchLeadExact',
  'searchTextExact',
  'searchLanguage',
]

/** Every key anywhere in an answer, nested documents included, but inside the keys `skip` names. */
const keysIn = (
  value: unknown,
  found = new Set<string>(),
  skip = new Set<string>(),
): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => keysIn(item, found, skip))
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key)
      if (!skip.has(key)) keysIn(inner, found, skip)
    }
  }
  return found
}

const leaked = (answer: unknown) => internals.filter((name) => keysIn(answer).has(name))

/** The site's published article (on the root site the README's example), with its byline. */
const article = () => security().site.article

describe('newsroom internals in anonymous reads', () => {
  it('should keep the internals out of the README example and every REST read shape', async () => {
    for (const path of [
      `/api/articles?where[slug][equals]=${article().slug}`,
      `/api/articles/${article().id}?depth=2`,
      `/api/articles?depth=2&limit=10`,
      `/api/articles/${article().id}?draft=true`,
      `/api/meetings?depth=2&limit=5`,
      `/api/meetings?joins[articles][limit]=5&depth=1`,
      `/api/categories?depth=2`,
      `/api/media?depth=1`,
    ]) {
      const answer = await call(path)
      expect([path, answer.status, leaked(answer.json)]).toEqual([path, 200, []])
    }
  })

  it("should keep the site's draft out of every anonymous read, REST and GraphQL", async () => {
    const { id, slug } = security().site.draft
    const asAdmin = await call(`/api/articles/${id}?draft=true&depth=0`, { as: 'admin' })
    expect([asAdmin.status, asAdmin.json.slug, asAdmin.json._status]).toEqual([200, slug, 'draft'])
    for (const path of [
      `/api/articles/${id}`,
      `/api/articles/${id}?draft=true`,
      `/api/articles/by-slug/${slug}`,
      `/api/articles/by-slug/${slug}?draft=true`,
    ]) {
      expect([path, (await call(path)).status]).toEqual([path, 404])
    }
    // The site's reporter reads it first: a cached staff answer must not reach the anonymous.
    const byId = `/api/articles?where[id][equals]=${id}&draft=true&depth=0`
    const staffIds = (await call(byId, { as: 'reporter' })).json.docs.map(
      (doc: { id: string }) => doc.id,
    )
    expect(staffIds).toEqual([id])
    for (const path of [
      byId,
      `/api/articles?where[id][equals]=${id}`,
      `/api/articles?where[slug][equals]=${slug}&draft=true`,
      `/api/articles?draft=true&limit=50&sort=-createdAt`,
    ]) {
      const { status, json } = await call(path)
      const ids = json.docs.map((doc: { id: string }) => doc.id)
      expect([path, status, ids.includes(id)]).toEqual([path, 200, false])
    }
    const answer = await gql(`{
      Article(id: "${id}", draft: true) { title }
      Articles(draft: true, where: { slug: { equals: "${slug}" } }) { docs { id } }
    }`)
    expect(answer.json.data?.Article ?? null).toBeNull()
    expect(answer.json.data.Articles.docs).toEqual([])
  })

  it("should keep the site's draft out of search, feeds, sitemaps and the view counter", async () => {
    const { id, slug, title } = security().site.draft
    // The published article is found, and in the feed: a list that lists nothing proves nothing.
    const search = async (words: string) =>
      (await call(`/api/articles/search?q=${encodeURIComponent(words)}`)).json.docs.map(
        (doc: { id: string }) => doc.id,
      )
    expect(await search(title)).not.toContain(id)
    expect(await search(article().title)).toContain(article().id)
    for (const path of ['/rss.xml', '/sitemap.xml', '/news-sitemap.xml']) {
      const { status, text } = await call(path)
      expect([path, status, text.includes(slug)]).toEqual([path, 200, false])
    }
    const feed = await call('/rss.xml')
    expect(feed.text).toContain(article().slug)
    expect((await call(`/api/articles/${id}/view`, { method: 'POST' })).status).toBe(404)
  })

  it('should still hold the internals, as an admin reads them', async () => {
    const { json } = await call(`/api/articles/${article().id}?depth=0`, { as: 'admin' })
    expect(json.workflowStage).toBe('published')
    expect(json.createdBy).toBeTruthy()
  })

  it('should let every logged-in role read them', async () => {
    for (const as of ['contributor', 'reporter', 'editor'] as const) {
      const { json } = await call(`/api/articles/${article().id}?depth=0`, { as })
      expect([as, json.workflowStage]).toEqual([as, 'published'])
    }
  })

  it('should refuse an anonymous select or populate of a hidden field, naming it', async () => {
    for (const [path, named] of [
      [`/api/articles?select[workflowStage]=true`, 'workflowStage'],
      [`/api/articles?select[searchTitle]=true`, 'searchTitle'],
      [`/api/articles?populate[users][email]=true&depth=1`, 'email'],
      [`/api/media?select[creditPerson]=true`, 'creditPerson'],
    ] as const) {
      const answer = await call(path)
      expect([path, answer.status]).toEqual([path, 400])
      expect(messageOf(answer)).toContain(named)
    }
  })

  it('should print the byline but never the account behind a staff credit', async () => {
    const { json } = await call(`/api/articles/${article().id}?depth=2`)
    expect(json.bylineText).toBeTruthy()
    for (const line of json.byline ?? []) {
      if (line.person?.relationTo === 'users') expect(typeof line.person.value).toBe('string')
    }
    // A site's own contact email (its printed settings, wherever a site is populated) is public;
    // no account's email is.
    expect(keysIn(json, new Set(), new Set(['settings'])).has('email')).toBe(false)
  })

  it('should answer GraphQL with no internal values, joins and relations included', async () => {
    const answer = await gql(`{
      Articles(limit: 5) { docs { title workflowStage importKey createdBy { email } publishedBy { email } } }
      Meetings(limit: 3) { docs { title articles { docs { title workflowStage createdBy { id } } } } }
    }`)
    const values = JSON.stringify(answer.json.data)
    expect(values).toContain('"title"')
    expect(values).not.toMatch(/"(workflowStage|importKey|email)":"/)
    expect(values).not.toMatch(/"(createdBy|publishedBy)":\{/)
  })

  it('should hide a plugin-added collection’s contact details and account link', async () => {
    const { status, json } = await call('/api/contributors?limit=10')
    expect(status).toBe(200)
    expect(json.docs.length).toBeGreaterThan(0)
    expect(
      [...keysIn(json.docs)].filter((key) =>
        ['contact', 'linkedUser', 'phone', 'bankAccount'].includes(key),
      ),
    ).toEqual([])
    const staff = await call('/api/contributors?limit=10', { as: 'reporter' })
    expect(keysIn(staff.json.docs).has('contact')).toBe(true)
  })

  it('should keep accounts, history and royalties out of anonymous reach altogether', async () => {
    for (const path of [
      '/api/users',
      '/api/workflow-events',
      '/api/royalty-lines',
      '/api/royalty-periods',
      '/api/editorial-comments',
      '/api/webhook-endpoints',
      '/api/webhook-deliveries',
      `/api/articles/versions`,
    ]) {
      const answer = await call(path)
      expect([
        path,
        answer.status === 403 || (answer.status === 200 && answer.json.docs.length === 0),
      ]).toEqual([path, true])
    }
  })

  it('should keep a webhook endpoint and its signing secret from anonymous readers and every newsroom role', async () => {
    const made = await call('/api/webhook-endpoints', {
      as: 'admin',
      method: 'POST',
      // Inactive: nothing is delivered to it.
      body: { url: 'http://127.0.0.1:9/an-ninh', isActive: false },
    })
    expect(made.status).toBe(201)
    const { id, secret } = made.json.doc
    const query = '{ WebhookEndpoints { docs { url secret } } }'
    expect(secret).toMatch(/^whsec_/)
    expect((await gql(query, { as: 'admin' })).text).toContain(secret)
    for (const as of ['anonymous', 'contributor', 'reporter', 'editor', 'editorInChief'] as const) {
      const list = await call('/api/webhook-endpoints?depth=0', { as })
      const one = await call(`/api/webhook-endpoints/${id}`, { as })
      const graph = await gql(query, { as })
      expect([as, [list.text, one.text, graph.text].some((text) => text.includes(secret))]).toEqual(
        [as, false],
      )
      expect([as, one.status >= 400]).toEqual([as, true])
    }
    expect(
      (await call(`/api/webhook-endpoints/${id}`, { as: 'admin', method: 'DELETE' })).status,
    ).toBe(200)
  })
})
