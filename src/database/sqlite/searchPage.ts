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
/**
 * One FTS5 query: a table (a field of a language) and a MATCH expression, read only for the
 * articles that hold the `pairs` expression in the pair index when it is given.
 */
type Match = { table: string; expression: string; pairs?: string }
/** The articles that match `match` and none of `excluded`: the tiers before it. */
type Tier = { match: Match; excluded: Match[] }
/**
 * What the pair index says of a level: that no article can reach it, or the pair index's MATCH
 * expression when few enough articles hold every pair that checking them one by one is faster
 * than reading the syllables' positions for every article.
 */
type Candidates = { isEmpty: boolean; pairs?: string }

/**
 * Up to this many candidates are checked one by one (a rowid lookup in the positional table each);
 * more are read as one phrase query, as without the pair index.
 */
const MAX_CANDIDATES_CHECKED = 500

/** Single words anywhere are read from the word lists without positions (wordsTable). */
const matchOf = (
  language: SiteLanguage,
  level: SearchCondition,
  field: SearchField,
  { pairs }: Candidates,
): Match => ({
  table:
    field === 'text' && level.phrases.every((phrase) => phrase.length === 1)
      ? wordsTable(language)
      : searchTable(language, field),
  expression: ftsMatch(level),
  pairs,
})

/**
 * What the pair index says of each level, asked once a level is reached: at most one more than
 * MAX_CANDIDATES_CHECKED rows are counted, so a phrase of common pairs ("hội nghị") costs little.
 * Vietnamese only (see PAIRS_TABLE); for a level without pairs, nothing.
 */
const candidatesOf = (client: Client, language: SiteLanguage, levels: SearchCondition[]) => {
  const counts = new Map<string, Promise<number>>()
  const countOf = async (pairs: string) => {
    const { rows } = await client.execute({
      sql: `SELECT count(*) AS total FROM (SELECT 1 FROM ${PAIRS_TABLE}
        WHERE ${PAIRS_TABLE} MATCH ? LIMIT ${MAX_CANDIDATES_CHECKED + 1})`,
      args: [pairs],
    })
    return Number(rows[0]?.total ?? 0)
  }
  return async (levelIndex: number): Promise<Candidates> => {
    const level = levels[levelIndex]
    const pairs = level ? levelPairs(level) : []
    if (language !== 'vi' || !pairs.length) return { isEmpty: false }
    const expression = pairsMatch(pairs)
    // The exact and the folded phrase have the same pairs: counted once.
    const counting = counts.get(expression) ?? countOf(expression)
    counts.set(expression, counting)
    const count = await counting
    return {
      isEmpty: !count,
      pairs: count && count <= MAX_CANDIDATES_CHECKED ? expression : undefined,
    }
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

/**
 * The FROM and the MATCH conditions of a match, its table named `alias`. With candidates, the
 * pair index is read first (CROSS JOIN keeps that order) and each candidate looked up by rowid.
 */
const sourceOf = ({ table, expression, pairs }: Match, alias: string) =>
  pairs
    ? {
        from: `${PAIRS_TABLE} CROSS JOIN ${table} ${alias} ON ${alias}.rowid = ${PAIRS_TABLE}.rowid`,
        sql: `${PAIRS_TABLE} MATCH ? AND ${table} MATCH ?`,
        args: [pairs, expression],
      }
    : { from: `${table} ${alias}`, sql: `${table} MATCH ?`, args: [expression] }

/**
 * A tier's FROM and WHERE clause (`s`: its FTS5 table), with the filter's site when it names one
 * (`r`: the tier's rows).
 */
const whereOf = ({ match, excluded }: Tier, { site }: SearchFilter) => {
  const source = sourceOf(match, 's')
  const others = excluded.map((earlier) => sourceOf(earlier, 'x'))
  return {
    from: source.from,
    sql: [
      source.sql,
      ...others.map(({ from, sql }) => `s.rowid NOT IN (SELECT x.rowid FROM ${from} WHERE ${sql})`),
      ...(site ? ['r.site_id = ?'] : []),
    ].join(' AND '),
    args: [...source.args, ...others.flatMap(({ args }) => args), ...(site ? [site] : [])],
  }
}

const countOf = async (client: Client, tier: Tier, filter: SearchFilter): Promise<number> => {
  const where = whereOf(tier, filter)
  // Rows are joined only to filter by site: a count of the index alone reads no table.
  const join = filter.site ? 'JOIN articles_search_rows r ON r.rowid = s.rowid' : ''
  const { rows } = await client.execute({
    sql: `SELECT count(*) AS total FROM ${where.from} ${join} WHERE ${where.sql}`,
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
    sql: `SELECT r.id FROM ${where.from} JOIN articles_search_rows r ON r.rowid = s.rowid
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
  let candidatesAt = candidatesOf(client, language, levels)
  /** The articles that reach the level anywhere; none when the pair index rules it out. */
  const textCountAt = async (levelIndex: number): Promise<number> => {
    const candidates = await candidatesAt(levelIndex)
    const level = levels[levelIndex]
    return candidates.isEmpty || !level
      ? 0
      : countOf(
          client,
          { match: matchOf(language, level, 'text', candidates), excluded: [] },
          filter,
        )
  }
  let totalDocs = await textCountAt(levels.length - 1)
  if (!totalDocs) {
    levels = fallbackLevels(query)
    if (!levels.length) return { ids: [], totalDocs: 0 }
    candidatesAt = candidatesOf(client, language, levels)
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
    const candidates = await candidatesAt(levelIndex)
    if (candidates.isEmpty) continue
    const previous = before ? await candidatesAt(levelIndex - 1) : undefined
    for (const [fieldIndex, field] of SEARCH_FIELDS.entries()) {
      if (ids.length === limit) return { ids, totalDocs }
      if (field === 'text' && !(await textCountOf(levelIndex))) break
      const tier: Tier = {
        match: matchOf(language, level, field, candidates),
        excluded: [
          ...(previous ? [matchOf(language, levels[levelIndex - 1], 'text', previous)] : []),
          ...SEARCH_FIELDS.slice(0, fieldIndex).map((earlier) =>
            matchOf(language, level, earlier, candidates),
          ),
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
