import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import type { SiteLanguage } from '@/sites/siteLanguages'

import {
  fallbackLevels,
  SEARCH_FIELDS,
  searchLevels,
  type SearchCondition,
  type SearchField,
} from '../searchLevels'
import type { SearchFilter, SearchPage, SearchPageArgs } from '../types'
import { ftsMatch } from './ftsMatch'
import { searchTable } from './searchIndex'

type Client = SQLiteAdapter['client']
/** One FTS5 query: a table (a field of a language) and a MATCH expression. */
type Match = { table: string; expression: string }
/** The articles that match `match` and none of `excluded`: the tiers before it. */
type Tier = { match: Match; excluded: Match[] }

const matchOf = (language: SiteLanguage, level: SearchCondition, field: SearchField): Match => ({
  table: searchTable(language, field),
  expression: ftsMatch(level),
})

/**
 * The tiers of a search, best first: each level of match (searchLevels) in the title, the lead,
 * then anywhere. A tier leaves out what an earlier one holds: the level before it anywhere (each
 * level's matches include the ones before), and its own level in the fields before it.
 */
const tiersOf = (language: SiteLanguage, levels: SearchCondition[]): Tier[] =>
  levels.flatMap((level, levelIndex) =>
    SEARCH_FIELDS.map((field, fieldIndex) => ({
      match: matchOf(language, level, field),
      excluded: [
        ...(levelIndex ? [matchOf(language, levels[levelIndex - 1], 'text')] : []),
        ...SEARCH_FIELDS.slice(0, fieldIndex).map((before) => matchOf(language, level, before)),
      ],
    })),
  )

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
 * tier until the page is full: a common phrase fills the first page from the titles, whose word
 * lists are short, without ranking every article that has it. The count is the last level's
 * (every match); when it is none, the fallback levels (any syllable) answer instead.
 */
export const searchPage = async (
  client: Client,
  { query, filter, offset, limit }: SearchPageArgs,
): Promise<SearchPage> => {
  if (!query.groups.length) return { ids: [], totalDocs: 0 }
  const { language } = filter
  const countAll = (levels: SearchCondition[]) =>
    countOf(
      client,
      { match: matchOf(language, levels[levels.length - 1], 'text'), excluded: [] },
      filter,
    )
  let levels = searchLevels(query)
  let totalDocs = await countAll(levels)
  if (!totalDocs) {
    levels = fallbackLevels(query)
    if (!levels.length) return { ids: [], totalDocs: 0 }
    totalDocs = await countAll(levels)
  }
  const ids: string[] = []
  let skip = offset
  for (const tier of offset < totalDocs ? tiersOf(language, levels) : []) {
    if (ids.length === limit) break
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
  return { ids, totalDocs }
}
