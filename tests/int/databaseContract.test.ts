import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { appDatabase } from '@/database/appDatabase'
import type { AppDatabase } from '@/database/types'
import { articleSearchFields } from '@/lib/articleSearchFields'
import { parseSearchQuery } from '@/lib/searchQuery'
import type { Article } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { testPayload } from '../helpers/payload'

/**
 * The contract every database implementation keeps (src/database/types.ts). This file runs in
 * each integration project: on SQLite always, on MongoDB when TEST_MONGODB_URI is set.
 */
let payload: Payload
let database: AppDatabase

type Row = {
  title: string
  lead?: string
  body?: string
  status?: 'draft' | 'published'
  publishedAt: string
  language?: SiteLanguage
  site?: string
}

/** An article written below Payload's hooks, with the search fields the hooks would write. */
const insert = async ({
  title,
  lead = '',
  body = '',
  status = 'published',
  publishedAt,
  language = 'vi',
  site,
}: Row): Promise<string> => {
  const doc = await payload.db.create({
    collection: 'articles',
    data: {
      title,
      lead,
      slug: `hop-dong-${Math.random().toString(36).slice(2, 10)}`,
      _status: status,
      publishedAt,
      language,
      site,
      ...articleSearchFields({ title, lead, bodyText: body, language }),
    },
  })
  return String(doc.id)
}

const search = (
  q: string,
  {
    offset = 0,
    limit = 10,
    language = 'vi' as SiteLanguage,
    site = undefined as string | undefined,
  } = {},
) =>
  database.searchPage({
    query: parseSearchQuery(q, language),
    filter: { language, site },
    offset,
    limit,
  })

const day = (n: number) => new Date(Date.UTC(2024, 0, n, 2)).toISOString()

beforeAll(async () => {
  payload = await testPayload()
  database = appDatabase(payload)
})

describe('the database behind the app', () => {
  it('should rank the phrase first, exact before folded, title before lead before body, then the newest', async () => {
    const apart = await insert({
      title: 'Hợp đồng cuối năm',
      body: 'giao kèo với đối tác',
      publishedAt: day(9),
    })
    const foldedTitle = await insert({ title: 'Hộp đông giao kẹo', publishedAt: day(8) })
    const exactBody = await insert({
      title: 'Tin sáng',
      body: 'ký hợp đồng giao kèo',
      publishedAt: day(7),
    })
    const exactLead = await insert({
      title: 'Tin chiều',
      lead: 'Hợp đồng giao kèo mới',
      publishedAt: day(2),
    })
    const exactTitleOld = await insert({ title: 'Hợp đồng giao kèo cũ', publishedAt: day(1) })
    const exactTitleNew = await insert({ title: 'Hợp đồng giao kèo mới', publishedAt: day(3) })
    await insert({ title: 'Hợp đồng giao kèo nháp', status: 'draft', publishedAt: day(10) })
    await insert({ title: 'Chỉ hợp đồng', publishedAt: day(11) })

    expect(await search('hợp đồng giao kèo')).toEqual({
      ids: [exactTitleNew, exactTitleOld, exactLead, exactBody, foldedTitle, apart],
      totalDocs: 6,
    })
    // Typed without marks, every phrase is as good as another: title first, then the newest.
    expect((await search('hop dong giao keo')).ids).toEqual([
      foldedTitle,
      exactTitleNew,
      exactTitleOld,
      exactLead,
      exactBody,
      apart,
    ])
  })

  it('should page through the tiers with offset and limit, counting every match', async () => {
    const ids: string[] = []
    for (const [index, title] of ['trang kiểm đếm một', 'trang kiểm đếm hai'].entries()) {
      ids.push(await insert({ title, publishedAt: day(20 - index) }))
    }
    for (const [index, body] of [
      'kiểm đếm ba',
      'kiểm đếm bốn',
      'kiểm xong rồi đếm năm',
    ].entries()) {
      ids.push(await insert({ title: `thân bài ${index}`, body, publishedAt: day(20 - index) }))
    }
    expect(await search('kiểm đếm', { offset: 1, limit: 3 })).toEqual({
      ids: ids.slice(1, 4),
      totalDocs: 5,
    })
    expect(await search('kiểm đếm', { offset: 4, limit: 3 })).toEqual({
      ids: ids.slice(4),
      totalDocs: 5,
    })
  })

  it('should match a quoted phrase as a phrase only, and fall back to any syllable when none has all', async () => {
    const phrase = await insert({ title: 'Tuần lễ vàng son', publishedAt: day(30) })
    const apart = await insert({ title: 'Vàng tuần lễ son', publishedAt: day(31) })
    expect(await search('"tuần lễ vàng son"')).toEqual({ ids: [phrase], totalDocs: 1 })
    expect(await search('tuan le vang son')).toEqual({ ids: [phrase, apart], totalDocs: 2 })
    expect(await search('son vang xyzkhongco')).toEqual({ ids: [apart, phrase], totalDocs: 2 })
    expect(await search('"son vang xyzkhongco"')).toEqual({ ids: [], totalDocs: 0 })
  })

  it('should search English articles in English, stemmed, apart from Vietnamese ones', async () => {
    const english = await insert({
      title: 'Provincial People’s Council meetings',
      publishedAt: day(40),
      language: 'en',
    })
    await insert({ title: 'Meeting hội đồng', publishedAt: day(41) })
    expect(await search('council MEETING', { language: 'en' })).toEqual({
      ids: [english],
      totalDocs: 1,
    })
    expect(await search('provincial', { language: 'vi' })).toEqual({ ids: [], totalDocs: 0 })
  })

  it('should keep to one site when the filter names one', async () => {
    const [here, there] = await Promise.all(
      ['Cổng tỉnh', 'Cổng huyện'].map(
        async (name) =>
          (await payload.create({ collection: 'sites', data: { name, languages: ['vi'] } })).id,
      ),
    )
    const ours = await insert({ title: 'Lễ hội lồng tồng', publishedAt: day(45), site: here })
    const theirs = await insert({ title: 'Lễ hội lồng tồng', publishedAt: day(46), site: there })
    expect([
      await search('lễ hội lồng tồng', { site: here }),
      await search('lễ hội lồng tồng'),
    ]).toEqual([
      { ids: [ours], totalDocs: 1 },
      { ids: [theirs, ours], totalDocs: 2 },
    ])
  })

  it('should follow writes: an unpublished article leaves the index, a new word is found', async () => {
    const id = await insert({ title: 'theo dõi', body: 'hợp đồng trước', publishedAt: day(50) })
    await payload.db.updateOne({
      collection: 'articles',
      id,
      data: articleSearchFields({
        title: 'theo dõi',
        lead: '',
        bodyText: 'khế ước sau',
        language: 'vi',
      }),
    })
    expect(await search('"hợp đồng trước"')).toEqual({ ids: [], totalDocs: 0 })
    expect(await search('khế ước sau')).toEqual({ ids: [id], totalDocs: 1 })
    await payload.db.updateOne({ collection: 'articles', id, data: { _status: 'draft' } })
    expect(await search('khế ước sau')).toEqual({ ids: [], totalDocs: 0 })
  })

  it('should count views of a published article one by one, leaving its update time alone', async () => {
    const id = await insert({
      title: 'dem luot xem',
      status: 'published',
      publishedAt: '2024-08-01T01:00:00.000Z',
    })
    const before = await payload.db.findOne<Article>({
      collection: 'articles',
      where: { id: { equals: id } },
    })
    const counts = await Promise.all(Array.from({ length: 20 }, () => database.incrementViews(id)))
    expect([...counts].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    )
    const after = await payload.db.findOne<Article>({
      collection: 'articles',
      where: { id: { equals: id } },
    })
    expect({ views: after?.views, updatedAt: after?.updatedAt }).toEqual({
      views: 20,
      updatedAt: before?.updatedAt,
    })
  })

  it('should count no view of a draft or of an article that is gone', async () => {
    const draft = await insert({
      title: 'ban nhap',
      status: 'draft',
      publishedAt: '2024-09-01T01:00:00.000Z',
    })
    const gone = await insert({
      title: 'da xoa',
      status: 'published',
      publishedAt: '2024-09-01T01:00:00.000Z',
    })
    await payload.db.deleteOne({ collection: 'articles', where: { id: { equals: gone } } })
    expect(
      await Promise.all([
        database.incrementViews(draft),
        database.incrementViews(gone),
        database.incrementViews('not-an-id'),
      ]),
    ).toEqual([null, null, null])
  })
})
