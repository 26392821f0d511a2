import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { migrations } from '@/migrations/sqlite'

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
export const sqliteDatabase = (url: string): Database => {
  // SQLite creates the file, not its folder: a fresh clone has no data/ (nor a new volume's path).
  mkdirSync(path.dirname(path.resolve(url.slice('file:'.length))), { recursive: true })
  return {
    adapter: withPlannerStatistics(
      withSearchIndex(
        sqliteAdapter({
          client: { url },
          // Text ids, as MongoDB's: one set of generated types and one API shape for both databases.
          idType: 'uuid',
          wal: true,
          busyTimeout: 5_000,
          // Its own migrations folder: each adapter's CLI (`payload migrate:create`, `payload
          // migrate`) reads only its own.
          migrationDir: path.resolve(process.cwd(), 'src/migrations/sqlite'),
          // Applied at connect in production (`next start`, the image), before the first request is
          // answered; development keeps pushing the schema.
          prodMigrations: migrations,
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
  }
}
