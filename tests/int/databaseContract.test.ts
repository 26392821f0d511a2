import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { appDatabase } from '@/database/appDatabase'
import type { AppDatabase } from '@/database/types'
import type { Article } from '@/payload-types'

import { testPayload } from '../helpers/payload'

/**
 * The contract every database implementation keeps (src/database/types.ts). This file runs in
 * each integration project: on SQLite always, on MongoDB when TEST_MONGODB_URI is set.
 */
let payload: Payload
let database: AppDatabase

type Row = { title: string; text: string; status: 'draft' | 'published'; publishedAt: string }

/** An article written below Payload's hooks, with the folded fields the search index reads. */
const insert = async ({ title, text, status, publishedAt }: Row): Promise<string> => {
  const doc = await payload.db.create({
    collection: 'articles',
    data: {
      title,
      slug: `${title.replaceAll(' ', '-')}-${Math.random().toString(36).slice(2, 8)}`,
      _status: status,
      publishedAt,
      searchTitle: title,
      searchText: `${title} ${text}`,
    },
  })
  return String(doc.id)
}

const search = (words: string[], offset = 0, limit = 10) =>
  database.searchPage({ words, offset, limit })

beforeAll(async () => {
  payload = await testPayload()
  database = appDatabase(payload)
})

describe('the database behind the app', () => {
  it('should find published articles with every word, title hits first, then the newest', async () => {
    const inText = await insert({
      title: 'hop bao',
      text: 'contractalpha contractbeta',
      status: 'published',
      publishedAt: '2024-03-03T01:00:00.000Z',
    })
    const inTitleOld = await insert({
      title: 'contractalpha contractbeta cu',
      text: '',
      status: 'published',
      publishedAt: '2024-01-01T01:00:00.000Z',
    })
    const inTitleNew = await insert({
      title: 'contractalpha contractbeta moi',
      text: '',
      status: 'published',
      publishedAt: '2024-02-02T01:00:00.000Z',
    })
    await insert({
      title: 'contractalpha nhap',
      text: 'contractbeta',
      status: 'draft',
      publishedAt: '2024-04-04T01:00:00.000Z',
    })
    await insert({
      title: 'chi contractalpha',
      text: '',
      status: 'published',
      publishedAt: '2024-05-05T01:00:00.000Z',
    })

    expect(await search(['contractalpha', 'contractbeta'])).toEqual({
      ids: [inTitleNew, inTitleOld, inText],
      totalDocs: 3,
    })
  })

  it('should page through the matches with offset and limit, counting them all', async () => {
    const ids: string[] = []
    for (const day of ['01', '02', '03', '04', '05']) {
      ids.unshift(
        await insert({
          title: `trang ${day}`,
          text: 'contractpaged',
          status: 'published',
          publishedAt: `2024-06-${day}T01:00:00.000Z`,
        }),
      )
    }
    expect(await search(['contractpaged'], 2, 2)).toEqual({ ids: ids.slice(2, 4), totalDocs: 5 })
  })

  it('should follow writes: an unpublished article leaves the index, a new word is found', async () => {
    const id = await insert({
      title: 'theo doi',
      text: 'contractbefore',
      status: 'published',
      publishedAt: '2024-07-01T01:00:00.000Z',
    })
    await payload.db.updateOne({
      collection: 'articles',
      id,
      data: { searchText: 'theo doi contractafter' },
    })
    expect(await search(['contractbefore'])).toEqual({ ids: [], totalDocs: 0 })
    expect(await search(['contractafter'])).toEqual({ ids: [id], totalDocs: 1 })
    await payload.db.updateOne({ collection: 'articles', id, data: { _status: 'draft' } })
    expect(await search(['contractafter'])).toEqual({ ids: [], totalDocs: 0 })
  })

  it('should count views of a published article one by one, leaving its update time alone', async () => {
    const id = await insert({
      title: 'dem luot xem',
      text: '',
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
      text: '',
      status: 'draft',
      publishedAt: '2024-09-01T01:00:00.000Z',
    })
    const gone = await insert({
      title: 'da xoa',
      text: '',
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
