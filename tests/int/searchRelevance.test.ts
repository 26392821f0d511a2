import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument } from '@/lib/lexicalDocument'
import { seed } from '@/seed/seed'
import { installationSite } from '@/sites/installationSite'
import type { SiteLanguage } from '@/sites/siteLanguages'

import {
  generatedNews,
  relevanceCases,
  sampleTitles,
  type RelevanceCase,
} from '../fixtures/searchRelevance'
import { rest } from '../helpers/http'
import { meetingNews } from '../helpers/meetingNews'
import { testPayload } from '../helpers/payload'
import { placeInStage } from '../helpers/workflow'

/**
 * Relevance over the sample content and generated meeting news: for each query of the fixed set,
 * how many of the first results are those a reader expects (precision at 5, or at as many as are
 * expected when fewer). The mean must stay at 0.9 or above.
 */
let payload: Payload
const keyOfTitle = new Map<string, string>()

const search = async (q: string, language: SiteLanguage = 'vi') => {
  const { status, json } = await rest(
    'GET',
    `/articles/search?q=${encodeURIComponent(q)}&language=${language}&limit=10`,
  )
  expect(status).toBe(200)
  return {
    keys: (json.docs as { title: string }[]).map(
      ({ title }) => keyOfTitle.get(title) ?? `(other) ${title}`,
    ),
    totalDocs: json.totalDocs as number,
  }
}

const precisionOf = async ({ q, language, expected }: RelevanceCase) => {
  const depth = Math.min(5, expected.length)
  const first = (await search(q, language)).keys.slice(0, depth)
  return {
    precision: first.filter((key) => (expected as string[]).includes(key)).length / depth,
    first,
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload)
  // Relevance is measured on one portal, the one a search on localhost reads: the samples of
  // both portals are put on it, without the province's copy of a city article.
  await payload.delete({
    collection: 'articles',
    where: { 'republication.source': { exists: true } },
  })
  const site = await installationSite(await createLocalReq({}, payload))
  await payload.db.updateMany({ collection: 'articles', where: {}, data: { site } })
  for (const [key, title] of Object.entries(sampleTitles)) keyOfTitle.set(title, key)
  for (const [index, [key, spec]] of Object.entries(generatedNews).entries()) {
    const news = meetingNews(spec, index)
    const { id } = await payload.create({
      collection: 'articles',
      data: {
        title: news.title,
        lead: news.lead,
        body: lexicalDocument(news.paragraphs.map((text) => ({ kind: 'paragraph', text }))),
        publishedAt: news.publishedAt,
        language: news.language,
      },
      depth: 0,
    })
    await placeInStage(payload, id, 'published')
    keyOfTitle.set(news.title, key)
  }
})

describe('search relevance', () => {
  it(`should put what readers expect first: precision at 5 ≥ 0.9 over ${relevanceCases.length} queries`, async () => {
    const results = []
    for (const relevanceCase of relevanceCases) {
      results.push({ ...relevanceCase, ...(await precisionOf(relevanceCase)) })
    }
    const mean = results.reduce((sum, { precision }) => sum + precision, 0) / results.length
    const misses = results.filter(({ precision }) => precision < 1)
    console.log(
      [
        `Search relevance: precision at 5 = ${mean.toFixed(3)} over ${results.length} queries`,
        ...misses.map(
          ({ q, precision, expected, first }) =>
            `  ${precision.toFixed(2)}  ${q}: expected ${expected.join(', ')}; got ${first.join(', ')}`,
        ),
      ].join('\n'),
    )
    expect(results.length).toBeGreaterThanOrEqual(40)
    expect(mean).toBeGreaterThanOrEqual(0.9)
  })

  it('should rank the phrase in the title, then the lead, then the body, and the syllables apart below', async () => {
    const { keys } = await search('chuyển đổi số')
    expect(keys.slice(0, 3)).toEqual(['digitalTitle', 'digitalLead', 'digitalBody'])
    expect(keys.indexOf('digitalApart')).toBeGreaterThan(2)
  })

  it('should rank an exact match above the near miss that folds alike', async () => {
    expect((await search('bí mật')).keys.slice(0, 3)).toEqual([
      'secretTraining',
      'secretInspection',
      'secretNearMiss',
    ])
  })

  it('should return only the phrase for a quoted query, and only English articles in English', async () => {
    const quoted = await search('"chuyển đổi số"')
    const english = await search('council meeting', 'en')
    const vietnamese = await search('council meeting')
    expect({ quoted, english: english.keys, vietnamese: vietnamese.keys }).toEqual({
      quoted: { keys: ['digitalTitle', 'digitalLead', 'digitalBody'], totalDocs: 3 },
      english: ['councilEnglish'],
      vietnamese: [],
    })
  })
})
