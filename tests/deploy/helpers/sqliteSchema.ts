import { createClient } from '@libsql/client'

export type SqliteSchema = {
  /** table → its columns, indexes, foreign keys and triggers, as SQLite reports them. */
  tables: Record<string, unknown>
  /** Virtual tables (the search index), by name, with the SQL that made them. */
  virtualTables: Record<string, string>
}

const rowsOf = async (client: ReturnType<typeof createClient>, sql: string) =>
  (await client.execute(sql)).rows.map((row) => ({ ...row }))

/**
 * What a database file is made of, read through SQLite's own pragmas rather than the text of
 * its CREATE statements, which a push and a migration word differently.
 */
export const sqliteSchema = async (file: string): Promise<SqliteSchema> => {
  const client = createClient({ url: `file:${file}` })
  try {
    const objects = await rowsOf(
      client,
      `SELECT type, name, tbl_name, sql FROM sqlite_master
        WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )
    const isShadowOf = (name: string) =>
      objects.some(
        (other) =>
          String(other.sql ?? '').startsWith('CREATE VIRTUAL TABLE') &&
          name.startsWith(`${String(other.name)}_`),
      )
    const tables: Record<string, unknown> = {}
    const virtualTables: Record<string, string> = {}
    for (const object of objects.filter((one) => one.type === 'table')) {
      const name = String(object.name)
      const sql = String(object.sql)
      if (sql.startsWith('CREATE VIRTUAL TABLE')) {
        virtualTables[name] = sql.replace(/\s+/g, ' ')
        continue
      }
      if (isShadowOf(name)) continue
      const indexes = await rowsOf(client, `PRAGMA index_list(\`${name}\`)`)
      tables[name] = {
        // By name, without their position: a migration adds a column at the end of its table,
        // where a push puts it in the collection's order; both read and write by name.
        columns: (await rowsOf(client, `PRAGMA table_info(\`${name}\`)`))
          .map(({ cid: _cid, ...column }) => column)
          .sort((a, b) => String(a.name).localeCompare(String(b.name))),
        indexes: Object.fromEntries(
          await Promise.all(
            indexes
              .sort((a, b) => String(a.name).localeCompare(String(b.name)))
              .map(async (index) => [
                index.name,
                {
                  isUnique: index.unique,
                  columns: (await rowsOf(client, `PRAGMA index_info(\`${index.name}\`)`)).map(
                    (column) => column.name,
                  ),
                },
              ]),
          ),
        ),
        foreignKeys: (await rowsOf(client, `PRAGMA foreign_key_list(\`${name}\`)`))
          .map(({ id: _id, seq: _seq, ...key }) => key)
          .sort((a, b) => String(a.from).localeCompare(String(b.from))),
        triggers: objects
          .filter((one) => one.type === 'trigger' && one.tbl_name === name)
          .map((one) => one.name),
      }
    }
    return { tables, virtualTables }
  } finally {
    client.close()
  }
}
