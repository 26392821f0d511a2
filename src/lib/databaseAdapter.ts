import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { withSearchIndexMongo } from '../../collections/Articles/search/withSearchIndexMongo'
import { withSearchIndexSqlite } from '../../collections/Articles/search/withSearchIndexSqlite'
import { withPlannerStatistics } from './withPlannerStatistics'

/** Where the zero-set-up SQLite database lives when no DATABASE_URI is given. */
const DEFAULT_SQLITE_URL = 'file:./data/toasoan.db'

/**
 * MongoDB for a `mongodb://` or `mongodb+srv://` URI (production); otherwise an embedded SQLite
 * file, with WAL so readers never wait for the writer, and a busy timeout so concurrent writers
 * queue instead of failing with SQLITE_BUSY. Either way with the article search index.
 */
export const databaseAdapter = (uri: string | undefined): DatabaseAdapterObj => {
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) {
    return withSearchIndexMongo(
      mongooseAdapter({
        url: uri,
        // Fail within seconds, not Mongo's default 30 s, when the server is unreachable.
        connectOptions: { serverSelectionTimeoutMS: 5_000 },
      }),
    )
  }
  if (uri && !uri.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with "mongodb://", "mongodb+srv://" or "file:" (got "${uri.split(':')[0]}:…").`,
    )
  }
  return withPlannerStatistics(
    withSearchIndexSqlite(
      sqliteAdapter({
        client: { url: uri || DEFAULT_SQLITE_URL },
        // Text ids, as MongoDB's: one set of generated types and one API shape for both databases.
        idType: 'uuid',
        wal: true,
        busyTimeout: 5_000,
      }),
    ),
  )
}
