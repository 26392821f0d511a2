import type { Payload } from 'payload'

import type { AppDatabase, Database } from './types'

/**
 * The app's queries on this Payload instance's database. The config keeps the chosen database in
 * `config.custom.database` (see databaseFromUri), as plugins keep their options: no module state,
 * and no adapter named anywhere but in src/database.
 */
export const appDatabase = (payload: Payload): AppDatabase => {
  const database = payload.config.custom?.database as Database | undefined
  if (!database) {
    throw new Error('toasoan: config.custom.database is missing; build it with databaseFromUri().')
  }
  return database.queries(payload.db)
}
