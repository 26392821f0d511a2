import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite/drizzle'

import { ftsAllWords, ftsAllWordsInTitle } from './ftsMatch'
import type { SearchPage, SearchPageArgs } from './types'

/**
 * One page of matches from the FTS5 index (published articles only, see searchIndexSqlite.ts):
 * title hits first, then the newest, then the most recently created as a tie-break.
 */
export const searchPageSqlite = async ({
  payload,
  words,
  offset,
  limit,
}: SearchPageArgs): Promise<SearchPage> => {
  const { drizzle } = payload.db as unknown as SQLiteAdapter
  const allWords = ftsAllWords(words)
  const page = await drizzle.all<{ id: string }>(sql`
    SELECT r.id FROM articles_search s JOIN articles_search_rows r ON r.rowid = s.rowid
    WHERE articles_search MATCH ${allWords}
    ORDER BY s.rowid IN (
        SELECT rowid FROM articles_search WHERE articles_search MATCH ${ftsAllWordsInTitle(words)}
      ) DESC,
      r.published_at DESC, r.rowid DESC
    LIMIT ${limit} OFFSET ${offset}`)
  const [{ total }] = await drizzle.all<{ total: number }>(
    sql`SELECT count(*) AS total FROM articles_search WHERE articles_search MATCH ${allWords}`,
  )
  return { ids: page.map((row) => row.id), totalDocs: total }
}
