import { sqliteAdapter } from '@payloadcms/db-sqlite'

import type { Database } from '../types'
import { incrementViews } from './incrementViews'
import { searchPage } from './searchPage'
import { sqliteClientOf } from './sqliteClientOf'
import { withPlannerStatistics } from './withPlannerStatistics'
import { withSearchIndex } from './withSearchIndex'

/**
 * An embedded SQLite file, with WAL so readers never wait for the writer, and a busy timeout so
 * concurrent writers queue instead of failing with SQLITE_BUSY; with the article search index and
 * fresh planner statistics at connect.
 */
export const sqliteDatabase = (url: string): Database => ({
  adapter: withPlannerStatistics(
    withSearchIndex(
      sqliteAdapter({
        client: { url },
        // Text ids, as MongoDB's: one set of generated types and one API shape for both databases.
        idType: 'uuid',
        wal: true,
        busyTimeout: 5_000,
      }),
    ),
  ),
  queries: (db) => {
    const client = sqliteClientOf(db)
    return {
      searchPage: (args) => searchPage(client, args),
      incrementViews: (id) => incrementViews(client, id),
    }
  },
})
