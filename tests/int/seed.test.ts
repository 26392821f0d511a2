import type { Payload } from 'payload'
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
  ] as const
  const entries = await Promise.all(
    collections.map(async (collection) => [
      collection,
      (await payload.count({ collection })).totalDocs,
    ]),
  )
  return Object.fromEntries(entries)
}

const articleBySlug = async (slug: string) =>
  (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, depth: 2 }))
    .docs[0]

beforeAll(async () => {
  payload = await testPayload()
  // `npm run seed`'s path: the reporters it creates must not take the first account's admin role.
  await seed(payload)
})

describe('the sample newsroom', () => {
  it('should load the five articles and an English version with their meetings, officials, units, categories and people', async () => {
    expect(await counts()).toEqual({
      // The five Vietnamese articles and the English version of one (src/seed/sampleEnglish.ts).
      articles: 6,
      meetings: 5,
      officials: 4,
      units: 15,
      categories: 3,
      media: 7,
      // The photographer and the English desk's translator.
      contributors: 2,
      // Two reporters named in bylines and the admin made so that someone can log in.
      users: 3,
    })
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

  it('should show all six articles to an anonymous GraphQL client', async () => {
    const { json } = await graphql(
      '{ Articles(limit: 10) { totalDocs docs { title category { name } } } }',
    )
    expect(json.data.Articles.totalDocs).toBe(6)
  })
})
