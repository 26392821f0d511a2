import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET } from '@/app/(payload)/api/[...slug]/route'
import { transition } from '@plugins/newsroom'

import { graphql, rest } from '../helpers/http'
import { closeTestPayload, testPayload } from '../helpers/payload'
import { articleInStage } from '../helpers/workflow'

/**
 * Two portals in one database: the province's (its root site, on backan.gov.vn) and the city's
 * (thanhpho.backan.gov.vn, below it). An anonymous reader of one host never sees the other's
 * articles, categories, day-archive or search hits, over REST and GraphQL.
 */
let payload: Payload
const site: Record<'province' | 'city', string> = { province: '', city: '' }
const article: Record<string, string> = {}
const provinceHost = { host: 'backan.gov.vn' }
const cityHost = { host: 'thanhpho.backan.gov.vn:443' }

const publishedOn = async (
  key: string,
  siteId: string,
  data: { title: string; category: string; publishedAt: string },
) => {
  article[key] = await articleInStage(payload, 'draft', { title: data.title })
  await payload.update({
    collection: 'articles',
    id: article[key],
    data: { site: siteId, category: data.category, publishedAt: data.publishedAt },
  })
  await transition({
    payload,
    collection: 'articles',
    id: article[key],
    to: 'published',
    user: null,
    systemActor: 'import',
  })
}

const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title).sort()

beforeAll(async () => {
  payload = await testPayload()
  site.province = (
    await payload.create({
      collection: 'sites',
      data: {
        name: 'Cổng tỉnh Bắc Kạn',
        slug: 'tinh',
        languages: ['vi'],
        hosts: [{ host: 'backan.gov.vn' }],
      },
    })
  ).id
  site.city = (
    await payload.create({
      collection: 'sites',
      data: {
        name: 'Thành phố Bắc Kạn',
        slug: 'thanh-pho',
        languages: ['vi'],
        parent: site.province,
        hosts: [{ host: 'ThanhPho.BacKan.gov.vn' }],
      },
    })
  ).id
  const provinceNews = await payload.create({
    collection: 'categories',
    data: { name: 'Thời sự tỉnh', slug: 'thoi-su-tinh', site: site.province },
  })
  const cityNews = await payload.create({
    collection: 'categories',
    data: { name: 'Thời sự thành phố', slug: 'thoi-su-thanh-pho', site: site.city },
  })
  await publishedOn('province', site.province, {
    title: 'Tỉnh họp Bắc Kạn',
    category: provinceNews.id,
    publishedAt: '2020-12-30T02:00:00.000Z',
  })
  await publishedOn('city', site.city, {
    title: 'Thành phố họp Bắc Kạn',
    category: cityNews.id,
    publishedAt: '2020-12-30T03:00:00.000Z',
  })
})

afterAll(closeTestPayload)

describe('REST by host', () => {
  it("should list only the host's own articles and categories", async () => {
    const city = await rest('GET', '/articles?limit=50', { headers: cityHost })
    const province = await rest('GET', '/articles?limit=50', { headers: provinceHost })
    const cityCategories = await rest('GET', '/categories', { headers: cityHost })
    expect(titles(city.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
    expect(titles(province.json.docs)).toEqual(['Tỉnh họp Bắc Kạn'])
    expect(cityCategories.json.docs.map((doc: { slug: string }) => doc.slug)).toEqual([
      'thoi-su-thanh-pho',
    ])
  })

  it("should answer another site's article by id with a 404", async () => {
    const { status } = await rest('GET', `/articles/${article.province}`, { headers: cityHost })
    expect(status).toBe(404)
  })

  it('should read the root site for a host no site names, as localhost', async () => {
    const { json } = await rest('GET', '/articles?limit=50')
    expect(titles(json.docs)).toEqual(['Tỉnh họp Bắc Kạn'])
  })

  it("should keep the custom read endpoints to the host's site", async () => {
    const foreignCategory = await rest('GET', '/articles/latest?category=thoi-su-tinh', {
      headers: cityHost,
    })
    const ownCategory = await rest('GET', '/articles/latest?category=thoi-su-thanh-pho', {
      headers: cityHost,
    })
    const day = await rest('GET', '/articles/by-day/2020-12-30', { headers: cityHost })
    const days = await rest('GET', '/articles/days?month=2020-12', { headers: cityHost })
    const bySlug = await rest('GET', '/articles/by-slug/tinh-hop-bac-kan', { headers: cityHost })
    const search = await rest('GET', '/articles/search?q=bac+kan', { headers: cityHost })
    expect(foreignCategory.status).toBe(404)
    expect(titles(ownCategory.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
    expect(titles(day.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
    expect(days.json.days).toEqual([{ date: '2020-12-30', count: 1 }])
    expect(bySlug.status).toBe(404)
    expect(titles(search.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
  })

  it("should count a view only on the article's own host", async () => {
    const foreign = await rest('POST', `/articles/${article.province}/view`, { headers: cityHost })
    const own = await rest('POST', `/articles/${article.city}/view`, { headers: cityHost })
    expect(foreign.status).toBe(404)
    expect(own.json.views).toBe(1)
  })
})

describe('the explicit site parameter', () => {
  it('should read the site named by ?site= or X-Site, whatever the host', async () => {
    const byParameter = await rest('GET', '/articles?limit=50&site=thanh-pho', {
      headers: provinceHost,
    })
    const byHeader = await rest('GET', '/articles?limit=50', { headers: { 'x-site': 'thanh-pho' } })
    expect(titles(byParameter.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
    expect(titles(byHeader.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
  })

  it('should answer an unknown site with a 404 and a malformed one with a 400', async () => {
    const unknown = await rest('GET', '/articles?site=khong-co')
    const malformed = await rest('GET', '/articles?site=%3Cscript%3E')
    expect(unknown.status).toBe(404)
    expect(unknown.json.errors[0].message).toContain('no site "khong-co"')
    expect(malformed.status).toBe(400)
  })
})

describe('GraphQL by host', () => {
  const query = `{
    Articles(limit: 50) { docs { title } }
    Categories { docs { slug } }
    articlesByDay(date: "2020-12-30") { docs { title } }
    searchArticles(q: "Bắc Kạn") { docs { title } }
  }`

  it("should answer the generated and the app's queries for the host's site", async () => {
    const { json } = await graphql(query, { headers: cityHost })
    expect(titles(json.data.Articles.docs)).toEqual(['Thành phố họp Bắc Kạn'])
    expect(json.data.Categories.docs).toEqual([{ slug: 'thoi-su-thanh-pho' }])
    expect(titles(json.data.articlesByDay.docs)).toEqual(['Thành phố họp Bắc Kạn'])
    expect(titles(json.data.searchArticles.docs)).toEqual(['Thành phố họp Bắc Kạn'])
  })

  it('should tell a front end which site a host shows, the root site for an unknown one', async () => {
    const { json } = await graphql(
      `
        {
          city: currentSite(host: "ThanhPho.BacKan.gov.vn") {
            slug
          }
          unknown: currentSite(host: "localhost:3000") {
            slug
          }
          own: currentSite {
            slug
            settings {
              address
            }
          }
        }
      `,
      { headers: cityHost },
    )
    expect(json.data).toEqual({
      city: { slug: 'thanh-pho' },
      unknown: { slug: 'tinh' },
      own: { slug: 'thanh-pho', settings: { address: null } },
    })
  })

  it('should read the site named in the address', async () => {
    const { json } = await graphql(query, { search: '?site=tinh', headers: cityHost })
    expect(titles(json.data.Articles.docs)).toEqual(['Tỉnh họp Bắc Kạn'])
  })

  it('should refuse an unknown site with a message, without data', async () => {
    const { json } = await graphql('{ Articles { docs { title } } }', { search: '?site=khong-co' })
    expect(json.data?.Articles ?? null).toBeNull()
    expect(json.errors[0].message).toContain('no site "khong-co"')
  })
})

describe('"Tin từ các đơn vị"', () => {
  it("should list a parent site's units' news with each one's site, and none for a site without units", async () => {
    const province = await rest('GET', '/articles/from-units', { headers: provinceHost })
    const city = await rest('GET', '/articles/from-units', { headers: cityHost })
    const { json } = await graphql('{ articlesFromUnits { docs { title site { name } } } }', {
      headers: provinceHost,
    })
    expect(province.json.docs).toMatchObject([
      { title: 'Thành phố họp Bắc Kạn', site: { name: 'Thành phố Bắc Kạn' } },
    ])
    expect(city.json.docs).toEqual([])
    expect(json.data.articlesFromUnits.docs).toEqual([
      { title: 'Thành phố họp Bắc Kạn', site: { name: 'Thành phố Bắc Kạn' } },
    ])
  })

  it("should print the units' news in the locale the query asks for", async () => {
    await payload.update({
      collection: 'sites',
      id: site.city,
      locale: 'en',
      data: { name: 'Bac Kan City' },
    })
    const { json } = await graphql(
      '{ articlesFromUnits(locale: en) { docs { site { name } category { name } } } }',
      { headers: provinceHost },
    )
    expect(json.data.articlesFromUnits.docs).toEqual([
      // The category has no English name: it falls back to Vietnamese.
      { site: { name: 'Bac Kan City' }, category: { name: 'Thời sự thành phố' } },
    ])
  })
})

describe('the read cache and the site directory', () => {
  const cachedGet = async (path: string, headers: Record<string, string>) => {
    const url = new URL(`http://localhost/api${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
    return { cache: response.headers.get('x-cache'), json: await response.json() }
  }

  it('should keep one cached answer per site for the same address', async () => {
    const city = await cachedGet('/articles?limit=49', cityHost)
    const province = await cachedGet('/articles?limit=49', provinceHost)
    const cityAgain = await cachedGet('/articles?limit=49', cityHost)
    expect(titles(province.json.docs)).toEqual(['Tỉnh họp Bắc Kạn'])
    expect([city.cache, province.cache, cityAgain.cache]).toEqual(['MISS', 'MISS', 'HIT'])
    expect(titles(cityAgain.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
  })

  it('should route a host added to a site at once', async () => {
    const before = await rest('GET', '/articles?limit=50', { headers: { host: 'tp.example.vn' } })
    await payload.update({
      collection: 'sites',
      id: site.city,
      data: { hosts: [{ host: 'thanhpho.backan.gov.vn' }, { host: 'tp.example.vn' }] },
    })
    const after = await rest('GET', '/articles?limit=50', { headers: { host: 'tp.example.vn' } })
    expect(titles(before.json.docs)).toEqual(['Tỉnh họp Bắc Kạn'])
    expect(titles(after.json.docs)).toEqual(['Thành phố họp Bắc Kạn'])
  })
})
