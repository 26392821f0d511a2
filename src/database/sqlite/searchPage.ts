import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import type { SearchPage, SearchPageArgs } from '../types'
import { ftsAllWords, ftsAllWordsInTitle } from './ftsMatch'

/**
 * One page of matches from the FTS5 index (published articles only, see searchIndex.ts):
 * title hits first, then the newest, then the most recently created as a tie-break. Parameters:
 * every word, every word in the title, limit, offset.
 */
export const SEARCH_PAGE_SQL = `
  SELECT r.id FROM articles_search s JOIN articles_search_rows r ON r.rowid = s.rowid
  WHERE articles_search MATCH ?
  ORDER BY s.rowid IN (SELECT rowid FROM articles_search WHERE articles_search MATCH ?) DESC,
    r.published_at DESC, r.rowid DESC
  LIMIT ? OFFSET ?`

/** How many published articles match every word. Parameter: every word. */
export const SEARCH_COUNT_SQL =
  'SELECT count(*) AS total FROM articles_search WHERE articles_search MATCH ?'

export const searchPage = async (
  client: SQLiteAdapter['client'],
  { words, offset, limit }: SearchPageArgs,
): Promise<SearchPage> => {
  const allWords = ftsAllWords(words)
  const [page, count] = await Promise.all([
    client.execute({
      sql: SEARCH_PAGE_SQL,
      args: [allWords, ftsAllWordsInTitle(words), limit, offset],
    }),
    client.execute({ sql: SEARCH_COUNT_SQL, args: [allWords] }),
  ])
  return {
    ids: page.rows.map((row) => String(row.id)),
    totalDocs: Number(count.rows[0]?.total ?? 0),
  }
}
