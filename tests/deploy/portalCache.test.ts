import { mkdtempSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CATEGORY_PAGE_SIZE } from '@/portal/queries/categoryPage'

import { apiClient } from './helpers/api'
import { productionBuild } from './helpers/productionBuild'
import { startProduction, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'mật-khẩu-bộ-nhớ-đệm-1'
const PROVINCE_HOST = 'backan.bo-nho-dem.test'
const CITY_HOST = 'thanhpho.backan.bo-nho-dem.test'
/** One address on both portals: each site has its own article by this slug. */
const SLUG = 'hop-ban-chap-hanh'
const CATEGORY = 'thoi-su-bo-nho-dem'
const TITLES = {
  province: 'Tỉnh họp Ban Chấp hành Đảng bộ',
  city: 'Thành phố họp Ban Chấp hành Đảng bộ',
  corrected: 'Tỉnh họp Ban Chấp hành Đảng bộ lần thứ 12',
}

type Page = {
  status: number
  cache: string | undefined
  cacheControl: string | undefined
  html: string
}

/**
 * The portal's pages cached whole by Next in a production build (`next start`), one cache per
 * host: a second open is Next's cached page (`x-nextjs-cache: HIT`, the API not asked), the
 * city's host and the province's host each get their own page for one address, a forged host
 * the root site's with links on SERVER_URL, and a correction shows at once.
 */
describe("the portal's whole-page cache", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-portal-cache-'))
  let server: ProductionServer
  let token: string
  const ids: Record<'province' | 'city', string> = { province: '', city: '' }

  /** A GET with a Host header of our choosing (fetch drops it), over real HTTP. */
  const open = (pathname: string, host: string): Promise<Page> =>
    new Promise((resolve, reject) => {
      const url = new URL(pathname, server.url)
      const outgoing = httpRequest(
        {
          hostname: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          headers: { Host: host },
        },
        (response) => {
          let html = ''
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => (html += chunk))
          response.on('end', () => {
            resolve({
              status: response.statusCode ?? 0,
              cache: response.headers['x-nextjs-cache']?.toString(),
              cacheControl: response.headers['cache-control'],
              html,
            })
          })
        },
      )
      outgoing.on('error', reject)
      outgoing.end()
    })

  const api = <T = Record<string, unknown>>(
    method: 'POST' | 'PATCH',
    pathname: string,
    body: unknown,
  ) =>
    apiClient(server.url)
      .call<T>(method, pathname, { token, body })
      .then((answer) => {
        if (answer.status >= 300) throw new Error(`${pathname}: ${JSON.stringify(answer.json)}`)
        return answer.json
      })

  const publish = async (id: string, stages = ['submitted', 'edited', 'approved', 'published']) => {
    for (const to of stages) await api('POST', `/articles/${id}/transition`, { to })
  }

  const site = async (data: Record<string, unknown>) =>
    (await api<{ doc: { id: string } }>('POST', '/sites', { languages: ['vi'], ...data })).doc.id

  const article = async (siteId: string, title: string, category?: string, slug = SLUG) => {
    const { doc } = await api<{ doc: { id: string } }>('POST', '/articles', {
      title,
      slug,
      site: siteId,
      category,
      lead: `Sapo: ${title}.`,
    })
    await publish(doc.id)
    return doc.id
  }

  beforeAll(async () => {
    const buildDir = await productionBuild()
    server = await startProduction({ buildDir, dataDir, env: { TOASOAN_SEED: 'off' } })
    token = await apiClient(server.url).firstAdmin('bien-tap@bo-nho-dem.test', PASSWORD)
    const province = await site({
      name: 'Cổng TTĐT tỉnh Bắc Kạn',
      hosts: [{ host: PROVINCE_HOST }],
    })
    const city = await site({
      name: 'Trang TTĐT thành phố Bắc Kạn',
      parent: province,
      hosts: [{ host: CITY_HOST }],
    })
    const { doc: news } = await api<{ doc: { id: string } }>('POST', '/categories', {
      name: 'Thời sự',
      slug: CATEGORY,
      site: province,
    })
    // Older news first, so that the category has a second page and the article is on the first.
    for (let older = 1; older <= CATEGORY_PAGE_SIZE; older += 1)
      await article(province, `Tin cũ số ${older}`, news.id, `tin-cu-${older}`)
    ids.province = await article(province, TITLES.province, news.id)
    ids.city = await article(city, TITLES.city)
  })

  afterAll(async () => {
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("should serve an article's second open from Next's cache, each host its own page", async () => {
    const province = await open(`/tin/${SLUG}`, PROVINCE_HOST)
    expect(province.status, server.output()).toBe(200)
    expect(province.cache).toBe('MISS')
    expect(province.html).toContain(TITLES.province)
    expect(province.html).toContain(`http://${PROVINCE_HOST}/tin/${SLUG}`)

    const city = await open(`/tin/${SLUG}`, `${CITY_HOST}:8080`)
    expect(city.cache).toBe('MISS')
    expect(city.html).toContain(TITLES.city)
    expect(city.html).not.toContain(TITLES.province)
    expect(city.html).toContain(`http://${CITY_HOST}/tin/${SLUG}`)

    const [provinceAgain, cityAgain] = await Promise.all([
      open(`/tin/${SLUG}`, PROVINCE_HOST),
      open(`/tin/${SLUG}`, CITY_HOST),
    ])
    expect(provinceAgain).toMatchObject({ status: 200, cache: 'HIT' })
    expect(provinceAgain.html).toContain(TITLES.province)
    expect(cityAgain).toMatchObject({ status: 200, cache: 'HIT' })
    expect(cityAgain.html).toContain(TITLES.city)
  })

  it('should give a forged host the root site with links on SERVER_URL, never its own', async () => {
    const forged = await open(`/tin/${SLUG}`, 'evil.example')
    expect(forged.status).toBe(200)
    expect(forged.html).toContain(TITLES.province)
    expect(forged.html).not.toContain('evil.example')
    expect(forged.html).toContain(`${server.url}/tin/${SLUG}`)
    const other = await open(`/tin/${SLUG}`, 'another-forged.example')
    // The one fallback entry, made by the first forged host: the second is no entry of its own.
    expect(other.cache).toBe('HIT')
    expect(other.html).not.toContain('another-forged.example')
  })

  it("should not let a request name another host's cache entry in its path", async () => {
    const named = await open(`/portal/${CITY_HOST}/tin/${SLUG}`, PROVINCE_HOST)
    expect(named.status).toBe(404)
    expect(named.html).not.toContain(TITLES.city)
  })

  it("should cache a category's further pages (?trang=) as pages of their own", async () => {
    const second = await open(`/chuyen-muc/${CATEGORY}?trang=2`, PROVINCE_HOST)
    expect(second.status).toBe(200)
    expect(second.cache).toBe('MISS')
    expect(second.html).toContain('(trang 2)')
    expect((await open(`/chuyen-muc/${CATEGORY}?trang=2`, PROVINCE_HOST)).cache).toBe('HIT')
    const first = await open(`/chuyen-muc/${CATEGORY}`, PROVINCE_HOST)
    expect(first.html).toContain(TITLES.province)
    expect(first.html).not.toContain('(trang 2)')
  })

  it('should answer 404 past the last page, from the cache too', async () => {
    for (const attempt of [1, 2]) {
      const past = await open(`/chuyen-muc/${CATEGORY}?trang=3`, PROVINCE_HOST)
      expect(past.status, `attempt ${attempt}`).toBe(404)
      expect(past.html).not.toContain(TITLES.province)
    }
  })

  it('should render search and the draft preview per request, never from the cache', async () => {
    for (const attempt of [1, 2]) {
      const search = await open(`/tim-kiem?q=${encodeURIComponent('Ban Chấp hành')}`, CITY_HOST)
      expect(search.status, `attempt ${attempt}`).toBe(200)
      expect(search.cache).toBeUndefined()
      expect(search.cacheControl).toContain('no-store')
      expect(search.html).toContain(TITLES.city)
      expect(search.html).not.toContain(TITLES.province)
    }
    const preview = await open(`/xem-truoc/${ids.province}`, PROVINCE_HOST)
    expect(preview.status).toBe(404)
    expect(preview.cache).toBeUndefined()
    expect(preview.cacheControl).toContain('no-store')
  })

  it('should show a correction at once, from the same cached address', async () => {
    await api('PATCH', `/articles/${ids.province}?draft=true`, { title: TITLES.corrected })
    const draftOnly = await open(`/tin/${SLUG}`, PROVINCE_HOST)
    expect(draftOnly.html).not.toContain(TITLES.corrected)

    await publish(ids.province, ['published'])
    const corrected = await open(`/tin/${SLUG}`, PROVINCE_HOST)
    expect(corrected.html).toContain(TITLES.corrected)
    expect((await open(`/tin/${SLUG}`, PROVINCE_HOST)).cache).toBe('HIT')
    // The city's page of the same address was not the province's to clear.
    expect((await open(`/tin/${SLUG}`, CITY_HOST)).html).toContain(TITLES.city)
  })
})
