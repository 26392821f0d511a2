import { mongodbDatabase } from './mongodb/mongodbDatabase'
import { sqliteDatabase } from './sqlite/sqliteDatabase'
import type { Database } from './types'

/** Where the zero-set-up SQLite database lives when no DATABASE_URI is given. */
const DEFAULT_SQLITE_URL = 'file:./data/toasoan.db'

/**
 * The one place the database is chosen: MongoDB for a `mongodb://` or `mongodb+srv://` URI
 * (production); otherwise an embedded SQLite file.
 */
export const databaseFromUri = (uri: string | undefined): Database => {
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return mongodbDatabase(uri)
  if (uri && !uri.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with "mongodb://", "mongodb+srv://" or "file:" (got "${uri.split(':')[0]}:…").`,
    )
  }
  return sqliteDatabase(uri || DEFAULT_SQLITE_URL)
}
