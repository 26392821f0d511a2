import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as categoryFeed } from '@/app/(frontend)/portal/[host]/chuyen-muc/[slug]/rss.xml/route'
import { GET as newsSitemap } from '@/app/(frontend)/portal/[host]/news-sitemap.xml/route'
import { GET as robots } from '@/app/(frontend)/portal/[host]/robots.txt/route'
import { GET as siteFeed } from '@/app/(frontend)/portal/[host]/rss.xml/route'
import { GET as sitemapIndex } from '@/app/(frontend)/portal/[host]/sitemap.xml/route'
import { GET as sitemapFile } from '@/app/(frontend)/portal/[host]/sitemaps/[file]/route'
import { FALLBACK_HOST_KEY } from '@/portal/api/hostKey'
import { transition } from '@plugins/newsroom'
import type { Json } from '@tests/helpers/json'

import { startApiServer, type ApiServer } from '../helpers/apiServer'
import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { placeInStage } from '../helpers/workflow'

/**
 * The portal's feeds and sitemaps through their route handlers, reading the public GraphQL API
 * over real HTTP (`PORTAL_API_URL`), with links on the configured public address.
 */

const SITE = 'https://tin.example.vn'
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['item', 'url', 'sitemap'].includes(name),
})

let payload: Payload
let api: ApiServer
const savedEnv = { ...process.env }
const slugOf: Record<string, string> = {}

type Parsed = { status: number; contentType: string | null; cacheControl: string | null; xml: Json }

const parse = async (response: Response): Promise<Parsed> => {
  const body = await response.text()
  expect(XMLValidator.validate(body)).toBe(true)
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    xml: parser.parse(body),
  }
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) })
const request = new Request('http://localhost/')
/** A host no site names, as the proxy keys it: the root site, links on SERVER_URL. */
const onFallbackHost = params({ host: FALLBACK_HOST_KEY })

const article = async ({
  title,
  category,
  stage = 'published',
  publishedAt = new Date().toISOString(),
  featuredImage,
}: {
  title: string
  category: string
  stage?: string
  publishedAt?: string
  featuredImage?: string
}) => {
  const { id, slug } = await payload.create({
    collection: 'articles',
    data: { title, category, publishedAt, lead: `Sapo của ${title}`, featuredImage },
    depth: 0,
  })
  if (stage !== 'draft') await placeInStage(payload, id, stage)
  slugOf[title] = slug as string
  return id
}

const linkTo = (title: string) => `${SITE}/tin/${slugOf[title]}`

beforeAll(async () => {
  payload = await testPayload()
  api = await startApiServer()
  process.env.PORTAL_API_URL = api.url
  process.env.NEXT_PUBLIC_SERVER_URL = SITE
  const chief = await createUser(payload, ['editorInChief'])
  // The installation's one site, whose name the feeds print.
  await payload.create({
    collection: 'sites',
    data: { name: 'Cổng TTĐT thành phố Bắc Kạn', languages: ['vi'] },
  })

  const news = await payload.create({ collection: 'categories', data: { name: 'Thời sự' } })
  const local = await payload.create({
    collection: 'categories',
    data: { name: 'Thời sự địa phương', parent: news.id },
  })
  const culture = await payload.create({ collection: 'categories', data: { name: 'Văn hóa' } })

  const sharp = (await import('sharp')).default
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#456' } })
    .jpeg()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Toàn cảnh hội nghị' },
    file: { data: photo, mimetype: 'image/jpeg', name: 'hoi-nghi.jpg', size: photo.length },
  })

  await article({
    title: 'Hội nghị tổng kết năm',
    category: news.id,
    publishedAt: new Date(Date.now() - 60_000).toISOString(),
    featuredImage: media.id,
  })
  await article({ title: 'Tin phường Đức Xuân', category: local.id })
  await article({ title: 'Lễ hội văn hóa', category: culture.id })
  await article({
    title: 'Tin cũ ba ngày trước',
    category: news.id,
    publishedAt: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString(),
  })
  await article({ title: 'Bản nháp chưa duyệt', category: news.id, stage: 'draft' })
  await article({ title: 'Tin đã duyệt chờ đăng', category: news.id, stage: 'approved' })
  const takenDown = await article({ title: 'Tin bị gỡ', category: news.id })
  await transition({
    payload,
    collection: 'articles',
    id: takenDown,
    to: 'unpublished',
    note: 'Gỡ để thử',
    user: chief,
  })
  const corrected = await article({ title: 'Tin đang có bản sửa', category: news.id })
  await payload.update({
    collection: 'articles',
    id: corrected,
    data: { title: 'Tiêu đề nháp chưa đăng' },
    user: chief,
    overrideAccess: false,
  })

  const unit = await payload.create({
    collection: 'units',
    data: { name: 'UBND thành phố Bắc Kạn', kind: 'peoplesCommittee', level: 'district' },
  })
  const official = await payload.create({
    collection: 'officials',
    data: { fullName: 'Dương Hữu Bường' },
  })
  await payload.create({
    collection: 'meetings',
    data: { title: 'Kiểm điểm tập thể 2020', kind: 'review', startsAt: '2020-12-30T07:00:00Z' },
  })
  slugOf.unit = unit.slug as string
  slugOf.official = official.slug as string
})

afterAll(async () => {
  process.env = savedEnv
  await api?.close()
})

describe('RSS feeds', () => {
  it("should serve the site's published articles as RSS 2.0, newest first, with absolute links", async () => {
    const feed = await parse(await siteFeed(request, onFallbackHost))
    expect(feed.status).toBe(200)
    expect(feed.contentType).toBe('application/rss+xml; charset=utf-8')
    expect(feed.cacheControl).toMatch(/^public, max-age=\d+/)

    const { channel } = feed.xml.rss
    expect(feed.xml.rss['@_version']).toBe('2.0')
    expect(channel.title).toBe('Cổng TTĐT thành phố Bắc Kạn')
    expect(channel.link).toBe(`${SITE}/`)
    expect(channel['atom:link']['@_href']).toBe(`${SITE}/rss.xml`)
    expect(channel.language).toBe('vi')

    const titles = channel.item.map((item: { title: string }) => item.title)
    expect(titles).toEqual([
      'Tin đang có bản sửa',
      'Lễ hội văn hóa',
      'Tin phường Đức Xuân',
      'Hội nghị tổng kết năm',
      'Tin cũ ba ngày trước',
    ])
    const first = channel.item.find(
      (item: { title: string }) => item.title === 'Hội nghị tổng kết năm',
    )
    expect(first).toMatchObject({
      link: linkTo('Hội nghị tổng kết năm'),
      guid: { '@_isPermaLink': 'true', '#text': linkTo('Hội nghị tổng kết năm') },
      description: 'Sapo của Hội nghị tổng kết năm',
      category: 'Thời sự',
      enclosure: {
        // The portal reads a separate API here (PORTAL_API_URL): its files are served there.
        '@_url': `${api.url}/api/media/file/hoi-nghi.jpg`,
        '@_type': 'image/jpeg',
        '@_length': expect.stringMatching(/^[1-9]\d*$/),
      },
    })
    expect(new Date(first.pubDate).toUTCString()).toBe(first.pubDate)
    expect(channel.lastBuildDate).toBe(channel.item[0].pubDate)
  })

  it('should serve a category with its sub-categories, and a 404 for an unknown one', async () => {
    const feed = await parse(
      await categoryFeed(request, params({ host: FALLBACK_HOST_KEY, slug: 'thoi-su' })),
    )
    const { channel } = feed.xml.rss
    expect(channel.title).toBe('Thời sự – Cổng TTĐT thành phố Bắc Kạn')
    expect(channel.link).toBe(`${SITE}/chuyen-muc/thoi-su`)
    expect(channel['atom:link']['@_href']).toBe(`${SITE}/chuyen-muc/thoi-su/rss.xml`)
    expect(channel.item.map((item: { title: string }) => item.title).sort()).toEqual([
      'Hội nghị tổng kết năm',
      'Tin cũ ba ngày trước',
      'Tin phường Đức Xuân',
      'Tin đang có bản sửa',
    ])
    const unknown = await categoryFeed(
      request,
      params({ host: FALLBACK_HOST_KEY, slug: 'khong-co' }),
    )
    expect(unknown.status).toBe(404)
  })
})

describe('sitemaps', () => {
  it('should index one sitemap per kind and the news sitemap, on the public address', async () => {
    const index = await parse(await sitemapIndex(request, onFallbackHost))
    expect(index.contentType).toBe('application/xml; charset=utf-8')
    expect(index.cacheControl).toMatch(/^public, max-age=\d+/)
    expect(index.xml.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(index.xml.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([
      `${SITE}/sitemaps/articles-1.xml`,
      `${SITE}/sitemaps/categories-1.xml`,
      `${SITE}/sitemaps/meetings-1.xml`,
      `${SITE}/sitemaps/officials-1.xml`,
      `${SITE}/sitemaps/units-1.xml`,
      `${SITE}/news-sitemap.xml`,
    ])
  })

  it('should list every published article and no other, with its last change', async () => {
    const sitemap = await parse(
      await sitemapFile(request, params({ host: FALLBACK_HOST_KEY, file: 'articles-1.xml' })),
    )
    expect(sitemap.contentType).toBe('application/xml; charset=utf-8')
    const urls = sitemap.xml.urlset.url
    expect(urls.map((url: { loc: string }) => url.loc).sort()).toEqual(
      [
        'Hội nghị tổng kết năm',
        'Tin phường Đức Xuân',
        'Lễ hội văn hóa',
        'Tin cũ ba ngày trước',
        'Tin đang có bản sửa',
      ]
        .map(linkTo)
        .sort(),
    )
    for (const url of urls) expect(Number.isNaN(Date.parse(url.lastmod))).toBe(false)
  })

  it("should list categories, meetings, officials and units at the portal's addresses", async () => {
    const locs = async (file: string) =>
      (
        await parse(await sitemapFile(request, params({ host: FALLBACK_HOST_KEY, file })))
      ).xml.urlset.url.map((url: { loc: string }) => url.loc)
    expect((await locs('categories-1.xml')).sort()).toEqual([
      `${SITE}/chuyen-muc/thoi-su`,
      `${SITE}/chuyen-muc/thoi-su-dia-phuong`,
      `${SITE}/chuyen-muc/van-hoa`,
    ])
    expect(await locs('meetings-1.xml')).toEqual([`${SITE}/cuoc-hop/kiem-diem-tap-the-2020`])
    expect(await locs('officials-1.xml')).toEqual([`${SITE}/can-bo/${slugOf.official}`])
    expect(await locs('units-1.xml')).toEqual([`${SITE}/don-vi/${slugOf.unit}`])
  })

  it('should answer 404 for a sitemap that does not exist', async () => {
    for (const file of ['articles-2.xml', 'users-1.xml', 'articles-0.xml', 'articles.xml']) {
      expect((await sitemapFile(request, params({ host: FALLBACK_HOST_KEY, file }))).status).toBe(
        404,
      )
    }
  })

  it('should point crawlers at the sitemaps from robots.txt, away from the admin and previews', async () => {
    const response = await robots(request, onFallbackHost)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const lines = (await response.text()).split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'Disallow: /admin',
        'Disallow: /xem-truoc/',
        `Sitemap: ${SITE}/sitemap.xml`,
        `Sitemap: ${SITE}/news-sitemap.xml`,
      ]),
    )
  })

  it('should list the articles of the last two days in the news sitemap', async () => {
    const sitemap = await parse(await newsSitemap(request, onFallbackHost))
    expect(sitemap.contentType).toBe('application/xml; charset=utf-8')
    expect(sitemap.xml.urlset['@_xmlns:news']).toBe(
      'http://www.google.com/schemas/sitemap-news/0.9',
    )
    const urls = sitemap.xml.urlset.url
    expect(urls.map((url: { loc: string }) => url.loc).sort()).toEqual(
      ['Hội nghị tổng kết năm', 'Tin phường Đức Xuân', 'Lễ hội văn hóa', 'Tin đang có bản sửa']
        .map(linkTo)
        .sort(),
    )
    const news = urls.find((url: { loc: string }) => url.loc === linkTo('Tin phường Đức Xuân'))[
      'news:news'
    ]
    expect(news).toMatchObject({
      'news:publication': { 'news:name': 'Cổng TTĐT thành phố Bắc Kạn', 'news:language': 'vi' },
      'news:title': 'Tin phường Đức Xuân',
    })
    expect(Number.isNaN(Date.parse(news['news:publication_date']))).toBe(false)
  })
})
