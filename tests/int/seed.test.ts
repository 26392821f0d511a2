import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { seed } from '@/seed/seed'
import { seedIfEmpty } from '@/seed/seedIfEmpty'

import { graphql } from '../helpers/http'
import { testPayload } from '../helpers/payload'

let payload: Payload

const counts = async () => {
  const collections = [
    'articles',
    'meetings',
    'officials',
    'units',
    'categories',
    'media',
    'contributors',
    'users',
    'sites',
  ] as const
  const entries = await Promise.all(
    collections.map(async (collection) => [
      collection,
      (await payload.count({ collection })).totalDocs,
    ]),
  )
  return Object.fromEntries(entries)
}

/** The sample articles themselves, not the province's republication or the English version of one. */
const samplesOnly: Where = {
  and: [{ 'republication.source': { exists: false } }, { language: { equals: 'vi' } }],
}

const articleBySlug = async (slug: string) =>
  (
    await payload.find({
      collection: 'articles',
      where: { and: [{ slug: { equals: slug } }, samplesOnly] },
      depth: 2,
    })
  ).docs[0]

beforeAll(async () => {
  payload = await testPayload()
  // `npm run seed`'s path: the reporters it creates must not take the first account's admin role.
  await seed(payload)
})

describe('the sample newsroom', () => {
  it('should load the five articles and an English version with their meetings, officials, units, categories and people', async () => {
    expect(await counts()).toEqual({
      // The five samples, the province's republication of the city's latest and the English
      // version of one (src/seed/sampleEnglish.ts).
      articles: 7,
      meetings: 5,
      officials: 4,
      units: 15,
      // The same three on each portal.
      categories: 6,
      media: 7,
      // The photographer and the English desk's translator.
      contributors: 2,
      // Two reporters named in bylines, the editor of both portals and the admin made so that
      // someone can log in.
      users: 4,
      sites: 2,
    })
  })

  it('should run the provincial portal and the city portal beneath it, each on its hosts', async () => {
    const { docs } = await payload.find({ collection: 'sites', sort: 'createdAt', depth: 0 })
    expect(
      docs.map(({ name, parent, hosts }) => ({
        name,
        isChild: Boolean(parent),
        hosts: hosts?.map(({ host }) => host),
      })),
    ).toEqual([
      {
        name: 'Cổng thông tin điện tử tỉnh Bắc Kạn',
        isChild: false,
        hosts: ['backan.gov.vn', 'www.backan.gov.vn', 'localhost', '127.0.0.1'],
      },
      {
        name: 'Trang thông tin điện tử thành phố Bắc Kạn',
        isChild: true,
        hosts: ['thanhpho.backan.gov.vn', 'thanhpho.localhost'],
      },
    ])
    expect(docs[1].parent).toBe(docs[0].id)
  })

  it("should print the city's own address and the phone it inherits from the installation's defaults", async () => {
    const { docs } = await payload.find({ collection: 'sites', sort: 'createdAt', depth: 0 })
    expect(
      docs.map(({ settings, inheritedSettings }) => ({
        address: settings?.address,
        phone: settings?.phone,
        inheritedSettings,
      })),
    ).toEqual([
      {
        address: 'Số 7, đường Trường Chinh, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn',
        phone: '0209 3870 000',
        inheritedSettings: ['settings.phone'],
      },
      {
        address: 'Thành phố Bắc Kạn, tỉnh Bắc Kạn',
        phone: '0209 3870 000',
        inheritedSettings: ['settings.phone'],
      },
    ])
  })

  it('should put each sample article, its photos and its category on the portal it came from', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: samplesOnly,
      depth: 1,
      limit: 10,
    })
    const siteName = (value: unknown) => (value as { name: string }).name
    const placed = docs
      .map((article) => ({
        title: article.title.slice(0, 30),
        site: siteName(article.site),
        categorySite: (article.category as { site: unknown }).site,
        imageSite: article.featuredImage && (article.featuredImage as { site: unknown }).site,
      }))
      .sort((a, b) => a.title.localeCompare(b.title))
    expect(placed.map(({ site }) => site).sort()).toEqual([
      'Cổng thông tin điện tử tỉnh Bắc Kạn',
      'Trang thông tin điện tử thành phố Bắc Kạn',
      'Trang thông tin điện tử thành phố Bắc Kạn',
      'Trang thông tin điện tử thành phố Bắc Kạn',
      'Trang thông tin điện tử thành phố Bắc Kạn',
    ])
    expect(placed.find(({ site }) => site.startsWith('Cổng'))?.title).toBe(
      'Kiểm điểm tập thể và cá nhân l',
    )
    const onOwnSite = docs.every(
      (article) =>
        (article.category as { site: unknown }).site === (article.site as { id: string }).id &&
        (!article.featuredImage ||
          (article.featuredImage as { site: unknown }).site ===
            (article.site as { id: string }).id),
    )
    expect(onOwnSite).toBe(true)
  })

  it('should give the reporters roles on their own portal and one editor roles on both', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { not_equals: 'admin@toasoan.example' } },
      sort: 'fullName',
      depth: 1,
    })
    expect(
      docs.map(({ fullName, roles, sites }) => ({
        fullName,
        roles,
        sites: sites?.map(({ site, roles: onSite }) => [(site as { name: string }).name, onSite]),
      })),
    ).toEqual([
      {
        fullName: 'Hoàng Thu Trang',
        roles: [],
        sites: [
          ['Cổng thông tin điện tử tỉnh Bắc Kạn', ['editor']],
          ['Trang thông tin điện tử thành phố Bắc Kạn', ['editorInChief']],
        ],
      },
      {
        fullName: 'Minh Hương',
        roles: [],
        sites: [['Cổng thông tin điện tử tỉnh Bắc Kạn', ['reporter']]],
      },
      {
        fullName: 'Triệu Biển',
        roles: [],
        sites: [['Trang thông tin điện tử thành phố Bắc Kạn', ['reporter']]],
      },
    ])
  })

  it('should make the only admin account with a password nobody knows', async () => {
    const admins = await payload.find({
      collection: 'users',
      where: { roles: { contains: 'admin' } },
    })
    expect(admins.docs.map((user) => user.email)).toEqual(['admin@toasoan.example'])
  })

  it('should create nothing new when seeded again', async () => {
    const before = await counts()
    await seed(payload)
    await seedIfEmpty(payload)
    expect(await counts()).toEqual(before)
  })

  it("should structure seed 000's meeting: 24/6/2022 in the morning, chaired by Dương Hữu Bường", async () => {
    const article = await articleBySlug(
      'lanh-dao-ubnd-thanh-pho-bac-kan-hop-kiem-diem-danh-gia-cong-tac-lanh-dao-chi-dao-thuc-hien-cac-nhiem-vu-nam-2020-2021',
    )
    const meeting = article.meeting
    if (!meeting || typeof meeting === 'string') throw new Error('meeting not populated')
    expect(meeting.kind).toBe('review')
    expect(meeting.startsAt).toBe('2022-06-23T17:00:00.000Z')
    expect(meeting.partOfDay).toBe('morning')
    expect(typeof meeting.chair === 'object' && meeting.chair?.fullName).toBe('Dương Hữu Bường')
    expect(meeting.chairTitle).toBe(
      'Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn',
    )
    expect(typeof article.createdBy === 'object' && article.createdBy?.fullName).toBe('Triệu Biển')
    expect(article.bylineText).toBe('Triệu Biển')
  })

  it("should keep seed 002's publish time, views, credited photos and audio, without page leftovers", async () => {
    const article = await articleBySlug('kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh')
    expect(article.publishedAt).toBe('2020-12-30T11:45:37.000Z')
    expect(article.publishedAtDisplay).toBe('Thứ 4, 30/12/2020 | 18:45:37')
    expect(article.views).toBe(8093)
    expect((article.audio as Media).filename).toBe('31122020_Kiem_diem_tap_the_ca_nhan_mixdown.mp3')
    expect((article.audio as Media).mimeType).toBe('audio/mpeg')
    expect(article.bylineText).toBe('Minh Hương')
    expect((article.featuredImage as Media).credit).toBe('Thành Tâm')
    expect((article.featuredImage as Media).captionText).toMatch(
      /phát biểu tại hội nghị\. Ảnh: Thành Tâm$/,
    )
    expect((article.featuredImage as Media).creditPerson).toMatchObject({
      relationTo: 'contributors',
    })

    const nodes = article.body?.root.children ?? []
    const uploads = nodes.filter((node) => node.type === 'upload')
    expect(uploads.map((node) => (node.fields as { credit: string }).credit)).toEqual([
      'Thành Tâm',
      'Thành Tâm',
    ])
    const text = JSON.stringify(article.body)
    for (const leftover of [
      'Tin cùng chuyên mục',
      'Xem tin theo ngày',
      'lượt xem',
      'GMT+7',
      'Minh Hương',
    ]) {
      expect(text).not.toContain(leftover)
    }
    expect(article.lead).toMatch(/^Chiều ngày 30\/12, đồng chí Nguyễn Khắc Thận/)
  })

  it('should leave seed 004 without a reporter, as its text has no byline', async () => {
    const article = await articleBySlug('thuong-truc-tinh-uy-lam-viec-tai-thanh-pho-bac-kan')
    expect(article.createdBy ?? null).toBeNull()
    expect(article.byline).toEqual([])
    expect(article.bylineText).toBe('')
    const meeting = article.meeting
    if (!meeting || typeof meeting === 'string') throw new Error('meeting not populated')
    expect(meeting.chairTitle).toBe('Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh')
  })

  it('should place units in the province → city → ward hierarchy, with the 2025 merger', async () => {
    const ward = (
      await payload.find({
        collection: 'units',
        where: { slug: { equals: 'phuong-song-cau' } },
        depth: 3,
      })
    ).docs[0]
    const city = ward.parent
    if (!city || typeof city === 'string') throw new Error('parent not populated')
    expect(city.name).toBe('UBND thành phố Bắc Kạn')
    const province = city.parent
    if (!province || typeof province === 'string') throw new Error('parent not populated')
    expect(province.name).toBe('UBND tỉnh Bắc Kạn')
    expect(typeof province.successor === 'object' && province.successor?.name).toBe(
      'UBND tỉnh Thái Nguyên',
    )
  })

  it("should show each portal's published articles to an anonymous GraphQL client", async () => {
    const query = '{ Articles(limit: 10) { totalDocs docs { title category { name } } } }'
    const { docs: sites } = await payload.find({ collection: 'sites', sort: 'createdAt', depth: 0 })
    // localhost is the province's: its sample, its copy of a city article, the English version.
    const province = await graphql(query)
    const city = await graphql(query, { search: `?site=${sites[1].slug}` })
    expect([province.json.data.Articles.totalDocs, city.json.data.Articles.totalDocs]).toEqual([
      3, 4,
    ])
  })
})
