import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import type { SearchPage, SearchPageArgs } from './types'

type Facets = { page: { _id: unknown }[]; total: { count: number }[] }[]

/** True when the folded title has the word as a whole word (the title's words are space-separated). */
const titleHas = (word: string) => ({
  $gte: [
    { $indexOfCP: [{ $concat: [' ', { $ifNull: ['$searchTitle', ''] }, ' '] }, ` ${word} `] },
    0,
  ],
})

/**
 * One page of matches through the text index (see withSearchIndexMongo.ts). Each word is a quoted
 * phrase because MongoDB ORs bare terms but requires every phrase. Ordered by whether the title
 * has every word, then the newest, as on SQLite: the text score would let a body that repeats a
 * word outrank a title hit. Page and count come from one pass over the matches.
 */
export const searchPageMongo = async ({
  payload,
  words,
  offset,
  limit,
}: SearchPageArgs): Promise<SearchPage> => {
  const { collection } = (payload.db as unknown as MongooseAdapter).collections.articles
  const [{ page, total }] = (await collection
    .aggregate([
      {
        $match: {
          $text: { $search: words.map((word) => `"${word}"`).join(' ') },
          _status: 'published',
        },
      },
      { $project: { publishedAt: 1, isTitleHit: { $and: words.map(titleHas) } } },
      {
        $facet: {
          page: [
            { $sort: { isTitleHit: -1, publishedAt: -1, _id: -1 } },
            { $skip: offset },
            { $limit: limit },
            { $project: { _id: 1 } },
          ],
          total: [{ $count: 'count' }],
        },
      },
    ])
    .toArray()) as Facets
  return { ids: page.map((doc) => String(doc._id)), totalDocs: total[0]?.count ?? 0 }
}
