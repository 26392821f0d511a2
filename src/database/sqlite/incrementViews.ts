import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

/** One UPDATE … RETURNING: the database counts, nothing is read first. */
export const INCREMENT_VIEWS_SQL = `UPDATE articles SET views = coalesce(views, 0) + 1
  WHERE id = ? AND _status = 'published' RETURNING views`

export const incrementViews = async (
  client: SQLiteAdapter['client'],
  id: string,
): Promise<number | null> => {
  const { rows } = await client.execute({ sql: INCREMENT_VIEWS_SQL, args: [id] })
  return rows.length ? Number(rows[0].views) : null
}
