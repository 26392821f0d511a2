import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type Client = SQLiteAdapter['client']

const TABLES = ['articles_search', 'articles_search_rows']
const TRIGGERS = [
  'articles_search_on_insert',
  'articles_search_on_update',
  'articles_search_on_delete',
]

const CREATE = [
  // Published articles only, keyed by the `articles` rowid. Contentless: the folded text already
  // lives in `articles`, and a delete needs only the rowid. detail=column: no word positions, as
  // every query term is one word, yet enough for the title-only column filter.
  `CREATE VIRTUAL TABLE articles_search USING fts5(search_title, search_text,
    content='', contentless_delete=1, detail=column)`,
  // What ranking reads for each match. Read from `articles`, it would walk the overflow pages of
  // the body stored before it: 20 times slower at 50,000 articles.
  `CREATE TABLE articles_search_rows (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, published_at TEXT)`,
  `INSERT INTO articles_search (rowid, search_title, search_text)
    SELECT rowid, search_title, search_text FROM articles WHERE _status = 'published'`,
  `INSERT INTO articles_search_rows (rowid, id, published_at)
    SELECT rowid, id, published_at FROM articles WHERE _status = 'published'`,
  `CREATE TRIGGER articles_search_on_insert AFTER INSERT ON articles
    WHEN new._status = 'published'
    BEGIN
      INSERT INTO articles_search (rowid, search_title, search_text)
        VALUES (new.rowid, new.search_title, new.search_text);
      INSERT INTO articles_search_rows (rowid, id, published_at)
        VALUES (new.rowid, new.id, new.published_at);
    END`,
  // Only on changes to what the index holds: the view counter's updates pass by.
  `CREATE TRIGGER articles_search_on_update
    AFTER UPDATE OF _status, published_at, search_title, search_text ON articles
    WHEN (old._status = 'published' OR new._status = 'published')
      AND (old._status IS NOT new._status OR old.published_at IS NOT new.published_at
        OR old.search_title IS NOT new.search_title OR old.search_text IS NOT new.search_text)
    BEGIN
      DELETE FROM articles_search WHERE rowid = old.rowid AND old._status = 'published';
      DELETE FROM articles_search_rows WHERE rowid = old.rowid;
      INSERT INTO articles_search (rowid, search_title, search_text)
        SELECT new.rowid, new.search_title, new.search_text WHERE new._status = 'published';
      INSERT INTO articles_search_rows (rowid, id, published_at)
        SELECT new.rowid, new.id, new.published_at WHERE new._status = 'published';
    END`,
  `CREATE TRIGGER articles_search_on_delete AFTER DELETE ON articles
    WHEN old._status = 'published'
    BEGIN
      DELETE FROM articles_search WHERE rowid = old.rowid;
      DELETE FROM articles_search_rows WHERE rowid = old.rowid;
    END`,
]

const DROP = [
  ...TRIGGERS.map((name) => `DROP TRIGGER IF EXISTS ${name}`),
  ...TABLES.map((name) => `DROP TABLE IF EXISTS ${name}`),
]

/**
 * Removes the article search index. Drizzle-kit's dev push would otherwise find tables Payload's
 * schema lacks and ask, on a terminal there may not be, whether to drop them.
 */
export const dropSearchIndex = async (client: Client): Promise<void> => {
  await client.batch(DROP, 'write')
}

/**
 * Creates the article search index, filled from `articles`, when any part of it is missing: after
 * a dev push, on a new database, or after a migration rebuilt `articles` and took its triggers.
 * From then on the triggers keep it current, whoever writes to `articles`. Before the migrations
 * have created `articles` there is nothing to index: the first start after them builds it.
 */
export const ensureSearchIndex = async (client: Client): Promise<void> => {
  const names = ['articles', ...TABLES, ...TRIGGERS]
  const { rows } = await client.execute({
    sql: `SELECT name FROM sqlite_master WHERE name IN (${names.map(() => '?').join(', ')})`,
    args: names,
  })
  const present = new Set(rows.map((row) => row.name))
  if (!present.has('articles') || present.size === names.length) return
  await client.batch([...DROP, ...CREATE], 'write')
}
