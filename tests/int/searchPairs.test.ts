import { BasePayload, createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { PAIRS_TABLE } from '@/database/sqlite/searchIndex'
import { sqliteClientOf } from '@/database/sqlite/sqliteClientOf'
import { articleSearchFields } from '@/lib/articleSearchFields'
import { installationSite } from '@/sites/installationSite'
import config from '@payload-config'

import { rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'

let payload: Payload
let site: string

/** An article written through the adapter, as a bulk import would: no hooks, only the triggers. */
const createArticle = async (
  title: string,
  { lead = '', publishedAt = '2025-01-01T00:00:00.000Z', isPublished = true } = {},
) => {
  const { id } = await payload.db.create({
    collection: 'articles',
    data: {
      title,
      lead,
      slug: `cap-${Math.random().toString(36).slice(2)}`,
      publishedAt,
      _status: isPublished ? 'published' : 'draft',
      site,
      ...articleSearchFields({ title, lead, bodyText: '', language: 'vi' }),
    },
  })
  return String(id)
}

const updateTitle = async (id: string, title: string) => {
  await payload.db.updateOne({
    collection: 'articles',
    id,
    data: { title, ...articleSearchFields({ title, lead: '', bodyText: '', language: 'vi' }) },
  })
}

/** The ids of the articles the pair index says hold every pair given. */
const holdingPairs = async (pairs: string, client = sqliteClientOf(payload.db)) => {
  const { rows } = await client.execute({
    sql: `SELECT a.id FROM ${PAIRS_TABLE} p JOIN articles a ON a.rowid = p.rowid
      WHERE ${PAIRS_TABLE} MATCH ? ORDER BY a.id`,
    args: [pairs],
  })
  return rows.map((row) => String(row.id))
}

const titlesFor = async (q: string) => {
  const { json } = await rest('GET', `/articles/search?q=${encodeURIComponent(q)}`)
  return (json.docs as { title: string }[]).map((doc) => doc.title)
}

beforeAll(async () => {
  payload = await testPayload()
  site = String(await installationSite(await createLocalReq({}, payload)))
})

// The pair index is SQLite's (src/database/sqlite/searchIndex.ts); MongoDB has no such table.
describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('the syllable-pair index', () => {
  it('should hold the pairs of published articles, in step as they are corrected and deleted', async () => {
    const published = await createArticle('Chuyển đổi số ở Chợ Mới')
    const draft = await createArticle('Chuyển đổi số ở Pác Nặm', { isPublished: false })
    expect(await holdingPairs('"chuyen_doi" "doi_so"')).toEqual([published])
    await updateTitle(published, 'Chuyển giao công nghệ ở Chợ Mới')
    expect([
      await holdingPairs('"chuyen_doi" "doi_so"'),
      await holdingPairs('"chuyen_giao" "cho_moi"'),
    ]).toEqual([[], [published]])
    await payload.db.updateOne({
      collection: 'articles',
      id: draft,
      data: { _status: 'published' },
    })
    expect(await holdingPairs('"chuyen_doi" "doi_so"')).toEqual([draft])
    await payload.db.deleteOne({ collection: 'articles', where: { id: { equals: draft } } })
    await payload.db.deleteOne({ collection: 'articles', where: { id: { equals: published } } })
    expect([
      await holdingPairs('"chuyen_doi" "doi_so"'),
      await holdingPairs('"chuyen_giao"'),
    ]).toEqual([[], []])
  })

  it('should rank the phrase first, and an article holding its pairs apart with the syllables apart', async () => {
    // Both pairs, not the phrase: a candidate the positions rule out.
    await createArticle('Đổi số nhà rồi chuyển đổi hộ khẩu ở Ba Bể', {
      publishedAt: '2025-03-01T00:00:00.000Z',
    })
    await createArticle('Ba Bể chuyển sang đổi mới, số hóa', {
      publishedAt: '2025-02-01T00:00:00.000Z',
    })
    await createArticle('Ba Bể họp bàn', {
      lead: 'Huyện đẩy mạnh chuyển đổi số trong cải cách hành chính',
      publishedAt: '2024-12-01T00:00:00.000Z',
    })
    await createArticle('Chuyển đổi số ở Ba Bể', { publishedAt: '2024-11-01T00:00:00.000Z' })
    expect(await titlesFor('chuyển đổi số')).toEqual([
      'Chuyển đổi số ở Ba Bể',
      'Ba Bể họp bàn',
      'Đổi số nhà rồi chuyển đổi hộ khẩu ở Ba Bể',
      'Ba Bể chuyển sang đổi mới, số hóa',
    ])
    expect(await titlesFor('"đổi số nhà"')).toEqual(['Đổi số nhà rồi chuyển đổi hộ khẩu ở Ba Bể'])
    // No article holds the pair "so_ba": the phrase level ends at once, the syllables remain.
    expect(await titlesFor('"số ba" bể')).toEqual([])
  })

  it('should be built again at start when a database has the search index without it', async () => {
    const id = await createArticle('Hội nghị chuyển đổi số ở Ngân Sơn')
    await sqliteClientOf(payload.db).execute(`DROP TABLE ${PAIRS_TABLE}`)
    const restarted = await new BasePayload().init({ config })
    onTestFinished(() => restarted.destroy())
    expect(await holdingPairs('"ngan_son" "hoi_nghi"', sqliteClientOf(restarted.db))).toEqual([id])
  })
})
