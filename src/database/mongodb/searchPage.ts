import type { SearchPage, SearchPageArgs } from '../types'
import type { ArticlesCollection } from './articlesCollectionOf'

type Facets = { page: { _id: unknown }[]; total: { count: number }[] }[]

/** True when the folded title has the word as a whole word (the title's words are space-separated). */
const titleHas = (word: string) => ({
  $gte: [
    { $indexOfCP: [{ $concat: [' ', { $ifNull: ['$searchTitle', ''] }, ' '] }, ` ${word} `] },
    0,
  ],
})

/**
 * One page of matches through the text index (see withSearchIndex.ts). Each word is a quoted
 * phrase because MongoDB ORs bare terms but requires every phrase. Ordered by whether the title
 * has every word, then the newest, as on SQLite: the text score would let a body that repeats a
 * word outrank a title hit. Page and count come from one pass over the matches.
 */
export const searchPage = async (
  articles: ArticlesCollection,
  { words, offset, limit }: SearchPageArgs,
): Promise<SearchPage> => {
  const [{ page, total }] = (await articles
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
