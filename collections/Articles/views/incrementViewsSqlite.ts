import { and, eq, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

type SqliteDb = {
  drizzle: { update: (table: unknown) => any }
  tables: Record<string, any>
}

/** One UPDATE … SET views = views + 1 … RETURNING: the database counts, nothing is read first. */
export const incrementViewsSqlite = async (payload: Payload, id: string): Promise<number | null> => {
  const db = payload.db as unknown as SqliteDb
  const table = db.tables.articles
  const rows: { views: number }[] = await db.drizzle
    .update(table)
    .set({ views: sql`coalesce(${table.views}, 0) + 1` })
    .where(and(eq(table.id, id), eq(table._status, 'published')))
    .returning({ views: table.views })
  return rows[0]?.views ?? null
}
