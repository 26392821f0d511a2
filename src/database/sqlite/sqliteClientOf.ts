import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapter } from 'payload'

/** The libSQL client of Payload's SQLite adapter: the one place its type is asserted. */
export const sqliteClientOf = (db: DatabaseAdapter): SQLiteAdapter['client'] => {
  if (db.name !== 'sqlite')
    throw new Error(`toasoan: expected the SQLite adapter, got "${db.name}".`)
  return (db as unknown as SQLiteAdapter).client
}
