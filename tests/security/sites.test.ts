import { beforeAll, describe, expect, it } from 'vitest'

import { call, gql, security } from './client'

/**
 * The outside attacks on the read side, run for each of two sites of one installation: the
 * seeded root site (every host no site names, localhost included) and a city site on a host of
 * its own, made here. Whatever an anonymous client sends — host, `?site=`, X-Site, proxy headers,
 * filters on `site`, ids, slugs, drafts, search words — it reads one site, never the other's.
 */

const CITY_HOST = 'thanhpho.an-ninh.toasoan.test'
const CITY_WORD = 'Khuổi'

type Site = { id: string; slug: string }
type Reader = { name: string; headers: () => Record<string, string>; site: () => Site }
const sites: { root: Site; city: Site } = {
  root: { id: '', slug: '' },
  city: { id: '', slug: '' },
}
const articles: Record<
  'rootPublished' | 'cityPublished' | 'cityDraft',
  { id: string; slug: string }
> = {
  rootPublished: { id: '', slug: '' },
  cityPublished: { id: '', slug: '' },
  cityDraft: { id: '', slug: '' },
}

const asAdmin = async (path: string, body: unknown) => {
  const answer = await call(path, { as: 'admin', method: 'POST', body })
  if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${answer.text}`)
  return answer.json
}

const publish = async (id: string) => {
  const steps = ['draft:submitted', 'submitted:edited', 'edited:approved', 'approved:published']
  for (const step of steps) {
    const [expectedStage, to] = step.split(':')
    await asAdmin(`/api/articles/${id}/transition`, { expectedStage, to })
  }
}

beforeAll(async () => {
  const root = await call('/api/graphql', {
    method: 'POST',
    body: { query: '{ currentSite { id slug } }' },
  })
  sites.root = root.json.data.currentSite
  const city = await asAdmin('/api/sites', {
    name: 'Thành phố (an ninh)',
    slug: 'thanh-pho-an-ninh',
    parent: sites.root.id,
    languages: ['vi'],
    hosts: [{ host: CITY_HOST }],
  })
  sites.city = { id: city.doc.id, slug: city.doc.slug }
  const parentCategory = await asAdmin('/api/categories', {
    name: 'Thành phố an ninh',
    site: sites.city.id,
  })
  const category = await asAdmin('/api/categories', {
    name: 'Tin thành phố an ninh',
    site: sites.city.id,
    parent: parentCategory.doc.id,
  })
  const article = async (title: string, site: string) =>
    (
      await asAdmin('/api/articles', {
        title,
        site,
        ...(site === sites.city.id ? { category: category.doc.id } : {}),
      })
    ).doc
  const cityPublished = await article(`Tin ${CITY_WORD} của thành phố`, sites.city.id)
  await publish(cityPublished.id)
  const cityDraft = await article(`Bản nháp ${CITY_WORD} của thành phố`, sites.city.id)
  const rootPublished = await article('Tin của cổng tỉnh khi thử an ninh', sites.root.id)
  await publish(rootPublished.id)
  articles.cityPublished = cityPublished
  articles.cityDraft = cityDraft
  articles.rootPublished = rootPublished
})

const readers: Reader[] = [
  { name: 'the root site, on localhost', headers: () => ({}), site: () => sites.root },
  {
    name: 'the city site, named by X-Site',
    headers: () => ({ 'X-Site': sites.city.slug }),
    site: () => sites.city,
  },
]

const siteIdsOf = (docs: { site: string | { id: string } }[]) => [
  ...new Set(docs.map((doc) => (typeof doc.site === 'object' ? doc.site.id : doc.site))),
]

describe.each(readers)('$name', (reader) => {
  const other = () => (reader.site().id === sites.root.id ? sites.city : sites.root)
  const otherArticle = () =>
    reader.site().id === sites.root.id ? articles.cityPublished : articles.rootPublished
  const get = (path: string) => call(path, { headers: reader.headers() })

  it("should list only its own site's articles and categories, and media of its own or its parent", async () => {
    const own = reader.site().id
    const media = reader.site().id === sites.city.id ? [own, sites.root.id] : [own]
    const list = async (collection: string) =>
      siteIdsOf((await get(`/api/${collection}?limit=50&depth=0`)).json.docs)
    expect(await list('articles')).toEqual([own])
    expect((await list('categories')).filter((id) => id !== own)).toEqual([])
    expect((await list('media')).filter((id) => !media.includes(id))).toEqual([])
  })

  it('should find nothing of the other site through filters on site, or/and and paths', async () => {
    const otherId = other().id
    const queries = [
      `where[site][equals]=${otherId}`,
      `where[site][in]=${otherId}`,
      `where[site][not_equals]=${reader.site().id}`,
      `where[or][0][site][equals]=${otherId}&where[or][1][id][exists]=true`,
      `where[site.slug][equals]=${other().slug}`,
      `where[id][equals]=${otherArticle().id}`,
    ]
    for (const query of queries) {
      const { status, json } = await get(`/api/articles?${query}&limit=50&depth=0`)
      const foreign = siteIdsOf(json.docs ?? []).filter((id) => id !== reader.site().id)
      expect([query, status, foreign]).toEqual([query, 200, []])
    }
  })

  it("should answer the other site's article by id and slug with a 404", async () => {
    expect((await get(`/api/articles/${otherArticle().id}`)).status).toBe(404)
    expect((await get(`/api/articles/${otherArticle().id}?draft=true`)).status).toBe(404)
    expect((await get(`/api/articles/by-slug/${otherArticle().slug}`)).status).toBe(404)
    expect((await get(`/api/articles/${articles.cityDraft.id}?draft=true`)).status).toBe(404)
  })

  it('should keep search, the day archive and GraphQL to its own site', async () => {
    const search = await get(`/api/articles/search?q=${encodeURIComponent(CITY_WORD)}`)
    const isCity = reader.site().id === sites.city.id
    expect(search.json.docs.map((doc: { title: string }) => doc.title)).toEqual(
      isCity ? [`Tin ${CITY_WORD} của thành phố`] : [],
    )
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
    const day = await get(`/api/articles/by-day/${today}`)
    const dayIds = day.json.docs.map((doc: { id: string }) => doc.id)
    expect(dayIds).not.toContain(otherArticle().id)
    const graph = await call(`/api/graphql`, {
      method: 'POST',
      headers: reader.headers(),
      body: {
        query: `{ Articles(where: { site: { equals: "${other().id}" } }) { docs { id } }
          Categories(limit: 50) { docs { site { id } } } }`,
      },
    })
    expect(graph.json.data.Articles.docs).toEqual([])
    expect(
      graph.json.data.Categories.docs.filter(
        (doc: { site: { id: string } }) => doc.site.id !== reader.site().id,
      ),
    ).toEqual([])
  })

  it("should not count a view of the other site's article", async () => {
    const answer = await call(`/api/articles/${otherArticle().id}/view`, {
      method: 'POST',
      headers: reader.headers(),
    })
    expect(answer.status).toBe(404)
  })

  it("should not answer from a cached copy of the other site's reads", async () => {
    const path = '/api/articles?limit=49&depth=0'
    await call(path, { headers: { 'X-Site': other().slug } })
    const { json } = await get(path)
    expect(siteIdsOf(json.docs)).toEqual([reader.site().id])
  })
})

describe('choosing the site', () => {
  it('should route by the Host header, and fall back to the root site for an unknown host', async () => {
    const city = await call('/api/articles?limit=50&depth=0', { host: CITY_HOST })
    const unknown = await call('/api/articles?limit=50&depth=0', { host: 'khong-co.toasoan.test' })
    expect(siteIdsOf(city.json.docs)).toEqual([sites.city.id])
    expect(siteIdsOf(unknown.json.docs)).toEqual([sites.root.id])
  })

  it("should print a site's own address in its links, never a host no site names", async () => {
    const city = await call('/robots.txt', { host: CITY_HOST })
    expect(city.status).toBe(200)
    expect(city.text).toContain(`Sitemap: http://${CITY_HOST}/sitemap.xml`)
    const forged = await call('/robots.txt', { host: 'ke-gia-mao.toasoan.test' })
    expect(forged.text).toContain('Sitemap: ')
    expect(forged.text).not.toContain('ke-gia-mao')
  })

  it('should not trust X-Forwarded-Host unless configured to', async () => {
    const { json } = await call('/api/articles?limit=50&depth=0', {
      headers: { 'X-Forwarded-Host': CITY_HOST },
    })
    expect(siteIdsOf(json.docs)).toEqual([sites.root.id])
  })

  it('should refuse a malformed, repeated or unknown site with a 400 or 404 and no data', async () => {
    const cases: [string, number][] = [
      ['site=khong-co', 404],
      ["site=' OR 1=1 --", 400],
      ['site=%00', 400],
      [`site=${'a'.repeat(300)}`, 400],
      [`site=${sites.root.slug}&site=${sites.city.slug}`, 400],
      ['site=', 400],
    ]
    for (const [query, status] of cases) {
      const answer = await call(`/api/articles?${query}`)
      expect([query, answer.status, answer.json?.docs]).toEqual([query, status, undefined])
    }
    const graph = await gql('{ Articles { docs { id } } }', {})
    expect(graph.status).toBe(200)
    const refused = await call('/api/graphql?site=khong-co', {
      method: 'POST',
      body: { query: '{ Articles { docs { id } } }' },
    })
    expect(refused.json.data?.Articles ?? null).toBeNull()
  })
})

describe("a parent site's units' news", () => {
  type UnitNews = {
    id: string
    category: { name: string; parent?: { name: string } | null } | null
    featuredImage: { url: string } | null
    site: { name: string } | null
  }
  const unitNews =
    'articlesFromUnits(limit: 10) { docs { id category { name parent { name } } featuredImage { url } site { name } } }'
  const siblings = `Articles(limit: 50) { docs { site { id } } }
    Categories(limit: 50) { docs { site { id } } }
    allMedia(limit: 50) { docs { site { id } } }
    later: Articles(limit: 49, sort: "-publishedAt") { docs { site { id } } }`
  const shown = (doc: UnitNews) => ({
    id: doc.id,
    category: doc.category?.name,
    featuredImage: doc.featuredImage?.url,
    site: doc.site?.name,
  })

  // The units' news reads on a request of its own (src/sites/publicSiteScope.ts): every other
  // field of the same GraphQL query, resolved at the same time before or after it, still answers
  // for the site alone, and the units' categories, photos and sites are still filled in.
  it.each([
    ['first', `{ ${unitNews} ${siblings} }`],
    ['last', `{ ${siblings} ${unitNews} }`],
  ])(
    "should fill in the units' links and leave the rest of the query to the site itself, the units' field %s",
    async (_, query) => {
      const answer = await call('/api/graphql', { method: 'POST', body: { query } })
      expect(answer.json.errors).toBeUndefined()
      const { data } = answer.json
      const units: UnitNews[] = data.articlesFromUnits.docs
      const rest = await call('/api/articles/from-units?limit=50')
      const byId = new Map<string, UnitNews>(
        rest.json.docs.map((doc: UnitNews) => [doc.id, shown(doc)]),
      )
      expect(units.map(shown)).toEqual(units.map((doc) => byId.get(doc.id)))
      const own = units.find((doc) => doc.id === articles.cityPublished.id)
      expect(own?.category?.parent?.name).toBe('Thành phố an ninh')
      expect(units.map((doc) => doc.id)).not.toContain(articles.cityDraft.id)
      expect([
        units.every((doc) => doc.category?.name && doc.site?.name),
        units.some((doc) => doc.featuredImage?.url),
      ]).toEqual([true, true])
      expect(
        [data.Articles, data.Categories, data.allMedia, data.later].map((list) =>
          siteIdsOf(list.docs).filter((id) => id !== sites.root.id),
        ),
      ).toEqual([[], [], [], []])
    },
  )

  it("should never reach a unit's draft, asked for drafts", async () => {
    const answer = await call('/api/graphql?draft=true', {
      method: 'POST',
      body: {
        query: `{ articlesFromUnits(limit: 50) { docs { id } }
          Articles(draft: true, limit: 50) { docs { id site { id } } } }`,
      },
    })
    const { data } = answer.json
    const listed = [...data.articlesFromUnits.docs, ...data.Articles.docs].map(
      (doc: { id: string }) => doc.id,
    )
    expect(listed).not.toContain(articles.cityDraft.id)
    expect(siteIdsOf(data.Articles.docs)).toEqual([sites.root.id])
  })
})

describe("a city's staff and the province's draft", () => {
  it('should find no version, search hit or GraphQL version of it, on either host', async () => {
    const { draft } = security().sites.root
    const { city } = security().sites
    const versions = await call(
      `/api/articles/versions?where[parent][equals]=${draft.id}&depth=0`,
      {
        as: 'admin',
      },
    )
    const versionId = versions.json.docs[0].id
    // The province's reporter finds it the same way: the queries below could find it.
    const own = await call(`/api/articles/versions?where[parent][equals]=${draft.id}&depth=0`, {
      as: 'reporter',
    })
    expect(own.json.docs.map((doc: { id: string }) => doc.id)).toEqual([versionId])
    for (const [role, { token }] of Object.entries(city.staff)) {
      for (const host of [city.host, undefined]) {
        const headers = { Authorization: `JWT ${token}` }
        const get = (path: string) => call(path, { headers, host })
        const listed = await get(`/api/articles/versions?where[parent][equals]=${draft.id}&depth=0`)
        const all = await get('/api/articles/versions?limit=100&depth=0')
        const one = await get(`/api/articles/versions/${versionId}?depth=0`)
        const search = await get(`/api/articles/search?q=${encodeURIComponent(draft.title)}`)
        const graph = await call('/api/graphql', {
          method: 'POST',
          headers,
          host,
          body: {
            query: `{ versionsArticles(where: { parent: { equals: "${draft.id}" } }) { docs { id } }
              versionArticle(id: "${versionId}") { id } }`,
          },
        })
        const parents = all.json.docs.map((doc: { parent: string }) => doc.parent)
        const found = search.json.docs.map((doc: { id: string }) => doc.id)
        expect([role, host, listed.json.docs, parents.includes(draft.id)]).toEqual([
          role,
          host,
          [],
          false,
        ])
        expect([
          role,
          host,
          [403, 404].includes(one.status),
          one.text.includes(draft.title),
        ]).toEqual([role, host, true, false])
        expect([role, host, found.includes(draft.id)]).toEqual([role, host, false])
        expect([
          graph.json.data?.versionsArticles?.docs ?? [],
          graph.json.data?.versionArticle ?? null,
        ]).toEqual([[], null])
      }
    }
  })
})
