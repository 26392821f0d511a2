import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import type { SiteLanguage } from '@/sites/siteLanguages'

import {
  fallbackLevels,
  levelPairs,
  SEARCH_FIELDS,
  searchLevels,
  type SearchCondition,
  type SearchField,
} from '../searchLevels'
import type { SearchFilter, SearchPage, SearchPageArgs } from '../types'
import { ftsMatch, pairsMatch } from './ftsMatch'
import { PAIRS_TABLE, searchTable, wordsTable } from './searchIndex'

type Client = SQLiteAdapter['client']
/** One FTS5 query: a table (a field of a language) and a MATCH expression. */
type Match = { table: string; expression: string }
/** The articles that match `match` and none of `excluded`: the tiers before it. */
type Tier = { match: Match; excluded: Match[] }

/**
 * Anywhere, single words are read from the word lists without positions (wordsTable), and
 * folded phrases of two syllables from the pair index, which holds exactly those adjacencies
 * ("hoi_nghi": a list of article numbers where the phrase reads two lists of positions).
 */
const matchOf = (language: SiteLanguage, level: SearchCondition, field: SearchField): Match => {
  if (field === 'text' && level.phrases.every((phrase) => phrase.length === 1)) {
    return { table: wordsTable(language), expression: ftsMatch(level) }
  }
  const isPairs =
    field === 'text' &&
    language === 'vi' &&
    level.form === 'folded' &&
    !level.isAny &&
    level.phrases.every((phrase) => phrase.length === 2)
  return isPairs
    ? { table: PAIRS_TABLE, expression: pairsMatch(levelPairs(level)) }
    : { table: searchTable(language, field), expression: ftsMatch(level) }
}

/**
 * Whether the pair index rules a level out: no article holds all its phrases' adjacent pairs, so
 * none holds the phrases, which their syllables' positions would take reading every article that
 * holds the syllables to prove. Asked once a level is reached, once per set of pairs (the exact
 * and the folded phrase have the same). Vietnamese only (see PAIRS_TABLE). Candidates that hold
 * the pairs are not looked up one by one: FTS5 answers a phrase for one rowid about as slowly as
 * for every article (tens of ms each at 50,000 articles), so the phrase query reads them all.
 */
const ruledOutBy = (client: Client, language: SiteLanguage, levels: SearchCondition[]) => {
  const answers = new Map<string, Promise<boolean>>()
  const isNoneHolding = async (pairs: string) => {
    const { rows } = await client.execute({
      sql: `SELECT NOT EXISTS (SELECT 1 FROM ${PAIRS_TABLE} WHERE ${PAIRS_TABLE} MATCH ?) AS isNone`,
      args: [pairs],
    })
    return Boolean(Number(rows[0]?.isNone))
  }
  return async (levelIndex: number): Promise<boolean> => {
    const level = levels[levelIndex]
    const pairs = level ? levelPairs(level) : []
    if (language !== 'vi' || !pairs.length) return false
    const expression = pairsMatch(pairs)
    const answer = answers.get(expression) ?? isNoneHolding(expression)
    answers.set(expression, answer)
    return answer
  }
}

/**
 * The filter without its site when that site holds every indexed article (a one-site
 * installation): the counts then read the index alone, without joining each match to its row.
 */
const withoutNeedlessSite = async (client: Client, filter: SearchFilter): Promise<SearchFilter> => {
  if (!filter.site) return filter
  // min and max read the two ends of the site index (a range query over it was planned as a scan).
  const { rows } = await client.execute({
    sql: `SELECT (SELECT min(site_id) FROM articles_search_rows) IS NOT ?1
      OR (SELECT max(site_id) FROM articles_search_rows) IS NOT ?1
      OR EXISTS (SELECT 1 FROM articles_search_rows INDEXED BY articles_search_rows_site
        WHERE site_id IS NULL) AS hasOthers`,
    args: [filter.site],
  })
  return Number(rows[0]?.hasOthers) ? filter : { language: filter.language }
}

/** A tier's WHERE clause, with the filter's site when it names one (`r`: the tier's rows). */
const whereOf = ({ match, excluded }: Tier, { site }: SearchFilter) => ({
  sql: [
    `${match.table} MATCH ?`,
    ...excluded.map(
      ({ table }) => `s.rowid NOT IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`,
    ),
    ...(site ? ['r.site_id = ?'] : []),
  ].join(' AND '),
  args: [
    match.expression,
    ...excluded.map(({ expression }) => expression),
    ...(site ? [site] : []),
  ],
})

const countOf = async (client: Client, tier: Tier, filter: SearchFilter): Promise<number> => {
  const where = whereOf(tier, filter)
  // Rows are joined only to filter by site: a count of the index alone reads no table.
  const join = filter.site ? 'JOIN articles_search_rows r ON r.rowid = s.rowid' : ''
  const { rows } = await client.execute({
    sql: `SELECT count(*) AS total FROM ${tier.match.table} s ${join} WHERE ${where.sql}`,
    args: where.args,
  })
  return Number(rows[0]?.total ?? 0)
}

/** A tier's ids, newest first, then the most recently created as a tie-break. */
const idsOf = async ({
  client,
  tier,
  filter,
  limit,
  offset,
}: {
  client: Client
  tier: Tier
  filter: SearchFilter
  limit: number
  offset: number
}) => {
  const where = whereOf(tier, filter)
  const { rows } = await client.execute({
    sql: `SELECT r.id FROM ${tier.match.table} s JOIN articles_search_rows r ON r.rowid = s.rowid
      WHERE ${where.sql} ORDER BY r.published_at DESC, r.rowid DESC LIMIT ? OFFSET ?`,
    args: [...where.args, limit, offset],
  })
  return rows.map((row) => String(row.id))
}

/**
 * One page of matches from the FTS5 index (published articles only, see searchIndex.ts), tier by
 * tier until the page is full: each level of match (searchLevels) in the title, the lead, then
 * anywhere, each tier leaving out what an earlier one holds (the level before anywhere, its own
 * level in the fields before). A common phrase fills the first page from the titles, whose word
 * lists are short, without ranking every article that has it. The count is the last level's
 * (every match); when it is none, the fallback levels (any syllable) answer instead.
 */
export const searchPage = async (
  client: Client,
  { query, filter: requested, offset, limit }: SearchPageArgs,
): Promise<SearchPage> => {
  if (!query.groups.length) return { ids: [], totalDocs: 0 }
  const filter = await withoutNeedlessSite(client, requested)
  const { language } = filter
  let levels = searchLevels(query)
  let isRuledOut = ruledOutBy(client, language, levels)
  /** The articles that reach the level anywhere; none when the pair index rules it out. */
  const textCountAt = async (levelIndex: number): Promise<number> => {
    const level = levels[levelIndex]
    return !level || (await isRuledOut(levelIndex))
      ? 0
      : countOf(client, { match: matchOf(language, level, 'text'), excluded: [] }, filter)
  }
  let totalDocs = await textCountAt(levels.length - 1)
  if (!totalDocs) {
    levels = fallbackLevels(query)
    if (!levels.length) return { ids: [], totalDocs: 0 }
    isRuledOut = ruledOutBy(client, language, levels)
    totalDocs = await textCountAt(levels.length - 1)
  }
  // How many articles each level finds anywhere, asked once and only when needed: a level that
  // finds none has no tier anywhere and excludes nothing, so the word lists of a rare phrase of
  // common syllables ("chuyển đổi số") are not read again for every tier after it. A level finds
  // no more than the next one: when the next finds none, neither does it, without a query.
  const textCounts = new Map([[levels.length - 1, totalDocs]])
  const textCountOf = async (levelIndex: number): Promise<number> => {
    const known = textCounts.get(levelIndex)
    if (known !== undefined) return known
    const counted = (await textCountOf(levelIndex + 1)) && (await textCountAt(levelIndex))
    textCounts.set(levelIndex, counted)
    return counted
  }
  const ids: string[] = []
  let skip = offset
  for (const [levelIndex, level] of (offset < totalDocs ? levels : []).entries()) {
    const before = levelIndex ? await textCountOf(levelIndex - 1) : 0
    // The levels before found every match: nothing is left for this one.
    if (before === totalDocs) break
    // Its title and lead are in its text: a level no article holds anywhere has no tier at all.
    if (await isRuledOut(levelIndex)) continue
    for (const [fieldIndex, field] of SEARCH_FIELDS.entries()) {
      if (ids.length === limit) return { ids, totalDocs }
      if (field === 'text' && !(await textCountOf(levelIndex))) break
      const tier: Tier = {
        match: matchOf(language, level, field),
        excluded: [
          ...(before ? [matchOf(language, levels[levelIndex - 1], 'text')] : []),
          ...SEARCH_FIELDS.slice(0, fieldIndex).map((earlier) => matchOf(language, level, earlier)),
        ],
      }
      if (skip) {
        const size = await countOf(client, tier, filter)
        if (size <= skip) {
          skip -= size
          continue
        }
      }
      ids.push(...(await idsOf({ client, tier, filter, limit: limit - ids.length, offset: skip })))
      skip = 0
    }
  }
  return { ids, totalDocs }
}
