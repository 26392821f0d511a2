import type { Payload } from 'payload'

import { incrementViewsMongo } from './incrementViewsMongo'
import { incrementViewsSqlite } from './incrementViewsSqlite'

/**
 * Counts one view of a published article, atomically in the database, without a new version,
 * without touching its stage or update time. Payload's update would read, write the whole
 * document and save a version, so each adapter gets its own one-statement increment.
 * Returns the new count, or null when no published article has that id.
 */
export const incrementViews = (payload: Payload, id: string): Promise<number | null> =>
  payload.db.name === 'mongoose' ? incrementViewsMongo(payload, id) : incrementViewsSqlite(payload, id)
