import { ObjectId } from 'mongodb'

import {
  fallbackLevels,
  SEARCH_FIELDS,
  searchLevels,
  type SearchCondition,
  type SearchField,
} from '../searchLevels'
import type { SearchPage, SearchPageArgs } from '../types'
import type { ArticlesCollection } from './articlesCollectionOf'

type Facets = { page: { _id: unknown }[]; total: { count: number }[] }[]

/** The article's stored text for a field in a form (see articleSearchFields). */
const FIELD_NAMES: Record<SearchField, Record<SearchCondition['form'], string>> = {
  title: { exact: '$searchTitleExact', folded: '$searchTitle' },
  lead: { exact: '$searchLeadExact', folded: '$searchLead' },
  text: { exact: '$searchTextExact', folded: '$searchText' },
}

/**
 * True when the field holds the level's phrases (all, or for `isAny` one) as whole words, adjacent
 * and in order: the stored texts are words separated by single spaces.
 */
const holds = ({ form, phrases, isAny }: SearchCondition, field: SearchField) => {
  const padded = { $concat: [' ', { $ifNull: [FIELD_NAMES[field][form], ''] }, ' '] }
  return {
    [isAny ? '$or' : '$and']: phrases.map((phrase) => ({
      $gte: [{ $indexOfCP: [padded, ` ${phrase.join(' ')} `] }, 0],
    })),
  }
}

/**
 * The text index's search string for a level: each phrase quoted, because MongoDB requires every
 * quoted phrase but ORs bare terms; bare terms for `isAny`. Phrases match as substrings there,
 * so the tiers below check whole words again.
 */
const textSearch = ({ phrases, isAny }: SearchCondition) =>
  phrases.map((phrase) => (isAny ? phrase.join(' ') : `"${phrase.join(' ')}"`)).join(' ')

const pageOf = async (
  articles: ArticlesCollection,
  { filter, offset, limit }: SearchPageArgs,
  levels: SearchCondition[],
) => {
  const isEnglish = filter.language === 'en'
  // Each level in each field, best first: $switch takes the first that holds.
  const branches = levels.flatMap((level) => SEARCH_FIELDS.map((field) => holds(level, field)))
  const [{ page, total }] = (await articles
    .aggregate([
      {
        $match: {
          $text: {
            $search: textSearch(levels[levels.length - 1]),
            $language: isEnglish ? 'english' : 'none',
          },
          _status: 'published',
          searchLanguage: isEnglish ? 'english' : { $ne: 'english' },
          ...(filter.site ? { site: new ObjectId(filter.site) } : {}),
        },
      },
      {
        $project: {
          publishedAt: 1,
          tier: {
            $switch: {
              branches: branches.map((branch, index) => ({ case: branch, then: index })),
              // A stemmed English match ("meeting" for "meetings") has no literal words to find:
              // it ranks last. A Vietnamese candidate without them was a substring match only.
              default: isEnglish ? branches.length : -1,
            },
          },
        },
      },
      { $match: { tier: { $gte: 0 } } },
      {
        $facet: {
          page: [
            { $sort: { tier: 1, publishedAt: -1, _id: -1 } },
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

/**
 * One page of matches through the text index (see withSearchIndex.ts), ranked as on SQLite: the
 * index finds the candidates, each gets the first tier (level of match, then field) it reaches,
 * then the newest first. Page and count come from one pass over the matches. English articles
 * are indexed with MongoDB's English stemmer; the tiers compare their lowercase words.
 */
export const searchPage = async (
  articles: ArticlesCollection,
  args: SearchPageArgs,
): Promise<SearchPage> => {
  const { site } = args.filter
  if (!args.query.groups.length || (site && !ObjectId.isValid(site)))
    return { ids: [], totalDocs: 0 }
  const found = await pageOf(articles, args, searchLevels(args.query))
  const fallback = fallbackLevels(args.query)
  return found.totalDocs || !fallback.length ? found : pageOf(articles, args, fallback)
}
