import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapter } from 'payload'

/** Payload's SQLite adapter: the one place its type is asserted. */
export const sqliteAdapterOf = (db: DatabaseAdapter): SQLiteAdapter => {
  if (db.name !== 'sqlite')
    throw new Error(`toasoan: expected the SQLite adapter, got "${db.name}".`)
  return db as unknown as SQLiteAdapter
}

/** The libSQL client of Payload's SQLite adapter. */
export const sqliteClientOf = (db: DatabaseAdapter): SQLiteAdapter['client'] =>
  sqliteAdapterOf(db).client
