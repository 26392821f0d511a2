import { BasePayload, createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'

import {
  fallbackLevels,
  SEARCH_FIELDS,
  searchLevels,
  type SearchCondition,
  type SearchField,
} from '@/database/searchLevels'
import { articleSearchFields } from '@/lib/articleSearchFields'
import { parseSearchQuery } from '@/lib/searchQuery'
import { installationSite } from '@/sites/installationSite'
import { searchArticles } from '@collections/Articles/read/searchArticles'
import config from '@payload-config'
import { transition } from '@plugins/newsroom'

import { rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

let payload: Payload
let chief: Awaited<ReturnType<typeof createUser>>

const search = async (q: string) => {
  const { status, json } = await rest('GET', `/articles/search?q=${encodeURIComponent(q)}`)
  return { status, titles: (json.docs ?? []).map((doc: { title: string }) => doc.title) }
}

const titlesFor = async (q: string) => (await search(q)).titles

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  chief = await createUser(payload, ['editorInChief'])
})

describe('the search index as articles change', () => {
  it('should find an article from the moment it is published, and not before', async () => {
    const id = await articleInStage(payload, 'approved', {
      title: 'Hội nghị ở Pác Nặm',
      lead: 'Chè shan tuyết vào mùa',
    })
    expect(await titlesFor('pac nam')).toEqual([])
    await transition({ payload, collection: 'articles', id, to: 'published', user: chief })
    expect(await titlesFor('Pác Nặm')).toEqual(['Hội nghị ở Pác Nặm'])
    expect(await titlesFor('che shan tuyet')).toEqual(['Hội nghị ở Pác Nặm'])
  })

  it('should keep the published text while a correction waits, then switch to the correction', async () => {
    const id = await articleInStage(payload, 'published', { title: 'Ngân Sơn đón khách' })
    const edit = { title: 'Na Rì đón khách' }
    await payload.update({
      collection: 'articles',
      id,
      data: edit,
      user: chief,
      overrideAccess: false,
    })
    expect([await titlesFor('ngan son'), await titlesFor('na ri')]).toEqual([
      ['Ngân Sơn đón khách'],
      [],
    ])
    await transition({ payload, collection: 'articles', id, to: 'published', user: chief })
    expect([await titlesFor('ngan son'), await titlesFor('na ri')]).toEqual([
      [],
      ['Na Rì đón khách'],
    ])
  })

  it('should no longer find an article once it is taken down or deleted', async () => {
    const takenDown = await articleInStage(payload, 'published', { title: 'Ba Bể mùa nước nổi' })
    const deleted = await articleInStage(payload, 'published', { title: 'Ba Bể mùa lúa chín' })
    expect(await titlesFor('ba be mua')).toHaveLength(2)
    await transition({
      payload,
      collection: 'articles',
      id: takenDown,
      to: 'unpublished',
      note: 'Gỡ để kiểm tra lại số liệu',
      user: chief,
    })
    await payload.delete({ collection: 'articles', id: deleted })
    expect(await titlesFor('"ba be mua"')).toEqual([])
  })
})

describe('a query with search-engine syntax in it', () => {
  it('should search its words, or refuse it with 400 when it has none, never fail', async () => {
    await articleInStage(payload, 'published', { title: 'Chợ Đồn và Bạch Thông' })
    const queries = [
      'chợ* đồn',
      'Chợ -Đồn',
      '"Chợ Đồn" OR "Bạch Thông"',
      'NEAR(chợ đồn)',
      '{search_title}: chợ đồn',
      "'; DROP TABLE articles; --",
      '"',
      '*',
      '-',
      '()',
    ]
    // The best match of each: a fallback to any word also finds this file's other articles.
    const results = (await Promise.all(queries.map((q) => search(q)))).map(
      ({ status, titles }) => ({ status, titles: titles.slice(0, 1) }),
    )
    const found = ['Chợ Đồn và Bạch Thông']
    expect(results).toEqual([
      { status: 200, titles: found },
      { status: 200, titles: found },
      // Quoted phrases must match, and every word outside them too: OR is a word here.
      { status: 200, titles: [] },
      // No article has "near", nor "search title": those with any of the words come instead,
      // title hits first.
      { status: 200, titles: found },
      { status: 200, titles: found },
      { status: 200, titles: [] },
      { status: 400, titles: [] },
      { status: 400, titles: [] },
      { status: 400, titles: [] },
      { status: 400, titles: [] },
    ])
  })
})

describe('2,000 articles', () => {
  // Hòa and Hóa fold alike: an exact match of either ranks above the other.
  const words = 'Thạch Hòa Bình Cẩm Phả Móng Cái Nghĩa Lộ Tĩnh Gia Châu Hóa'.split(' ')
  type Row = {
    id: string
    fields: ReturnType<typeof articleSearchFields>
    publishedAt: string
    isPublished: boolean
  }
  const rows: Row[] = []

  /** Seven words for article i, the same on every run (a linear congruential generator). */
  const wordsOf = (i: number) => {
    let state = i * 7919 + 1
    return Array.from({ length: 7 }, () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return words[(state >>> 16) % words.length]
    })
  }

  /** The stored text a level reads in a field (searchTitle, searchLeadExact…). */
  const textOf = (row: Row, field: SearchField, form: SearchCondition['form']) =>
    ` ${row.fields[`search${field[0].toUpperCase()}${field.slice(1)}${form === 'exact' ? 'Exact' : ''}` as keyof Row['fields']]} `

  /** Whether the field holds the level's phrases as whole words, read from the stored text. */
  const holds = (row: Row, level: SearchCondition, field: SearchField) =>
    level.phrases[level.isAny ? 'some' : 'every']((phrase) =>
      textOf(row, field, level.form).includes(` ${phrase.join(' ')} `),
    )

  /**
   * The order a scan of every article gives: published, each in the first level and field it
   * reaches (searchLevels), then the newest, then the last inserted; any word when none has all.
   */
  const scan = (q: string) => {
    const query = parseSearchQuery(q, 'vi')
    const ranked = (levels: SearchCondition[]) => {
      const tiers = levels.flatMap((level) =>
        SEARCH_FIELDS.map((field) => (row: Row) => holds(row, level, field)),
      )
      return rows
        .map((row, index) => ({ row, index, tier: tiers.findIndex((tier) => tier(row)) }))
        .filter(({ row, tier }) => row.isPublished && tier >= 0)
        .sort(
          (a, b) =>
            a.tier - b.tier ||
            b.row.publishedAt.localeCompare(a.row.publishedAt) ||
            b.index - a.index,
        )
        .map(({ row }) => row.id)
    }
    const found = ranked(searchLevels(query))
    return found.length ? found : ranked(fallbackLevels(query))
  }

  const searchIds = async (q: string, page: number, limit: number) => {
    const { json } = await rest(
      'GET',
      `/articles/search?q=${encodeURIComponent(q)}&page=${page}&limit=${limit}`,
    )
    return { ids: json.docs.map((doc: { id: string }) => doc.id), totalDocs: json.totalDocs }
  }

  beforeAll(async () => {
    // The site an anonymous search on localhost reads (README, "Which site a request reads").
    const site = await installationSite(await createLocalReq({}, payload))
    for (let i = 0; i < 2000; i++) {
      const [first, second, ...leadWords] = wordsOf(i)
      const title = `${first} ${second}`
      const lead = leadWords.join(' ')
      // A permutation of minutes, so that insertion order is not publication order.
      const publishedAt = new Date(
        Date.UTC(2024, 0, 1) + ((i * 7919) % 2000) * 60_000,
      ).toISOString()
      const isPublished = i % 7 !== 0
      // The database adapter directly, as a bulk import would: no hooks, so the search fields
      // are written here the way indexSearchText writes them.
      const fields = articleSearchFields({ title, lead, bodyText: '', language: 'vi' })
      const { id } = await payload.db.create({
        collection: 'articles',
        data: {
          title,
          lead,
          slug: `quy-mo-${i}`,
          publishedAt,
          _status: isPublished ? 'published' : 'draft',
          site,
          ...fields,
        },
      })
      rows.push({ id: String(id), fields, publishedAt, isPublished })
    }
  })

  it('should rank, count and page exactly as a scan of every article would', async () => {
    for (const q of ['Hòa Bình', 'hoa binh', 'Hóa Bình', 'cẩm phả', 'THẠCH', 'gia "hoa binh"']) {
      const expected = scan(q)
      expect(await searchIds(q, 1, 50)).toEqual({
        ids: expected.slice(0, 50),
        totalDocs: expected.length,
      })
      expect((await searchIds(q, 3, 20)).ids).toEqual(expected.slice(40, 60))
    }
  })

  it('should count every match and page on past the first 200', async () => {
    const expected = scan('hoa')
    expect(expected.length).toBeGreaterThan(250)
    expect(await searchIds('hoa', 5, 50)).toEqual({
      ids: expected.slice(200, 250),
      totalDocs: expected.length,
    })
  })
})

describe('a restart on an existing database', () => {
  it('should push the dev schema again without a question, and keep search current', async () => {
    await articleInStage(payload, 'published', { title: 'Hồ Ba Bể trước khi khởi động lại' })
    // A new process pushes the dev schema at connect; this one remembers it already has, unless
    // forced: the same drizzle-kit comparison a `npm run dev` restart makes.
    vi.stubEnv('PAYLOAD_FORCE_DRIZZLE_PUSH', 'true')
    const restarted = await new BasePayload().init({ config })
    vi.unstubAllEnvs()
    onTestFinished(() => restarted.destroy())
    const req = await createLocalReq({}, restarted)
    await articleInStage(restarted, 'published', { title: 'Hồ Ba Bể sau khi khởi động lại' })
    const { docs } = await searchArticles({ req, q: 'ho ba be khoi dong lai' })
    expect(docs.map((doc) => doc.title)).toEqual([
      'Hồ Ba Bể sau khi khởi động lại',
      'Hồ Ba Bể trước khi khởi động lại',
    ])
  })
})
