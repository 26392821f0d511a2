import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { PAIR_SEPARATOR, type SearchField } from '../searchLevels'

type Client = SQLiteAdapter['client']

/**
 * The FTS5 table that holds one field of one language's published articles. Vietnamese: columns
 * `e` (exact) and `f` (folded), tokenized without removing marks (the folded text has none).
 * English: column `f`, its words with the Porter stemmer ("meetings" finds "meeting"). Not named
 * `articles_search_…`: FTS5's shadow tables (`…_idx`) would meet Payload's field indexes.
 */
export const searchTable = (language: SiteLanguage, field: SearchField): string =>
  `articles_fts_${language}_${field}`

/**
 * The same text as the `text` table, without word positions (detail=column): what a search for
 * single words anywhere reads (the count of every match, syllables apart). Its word lists are a
 * fraction of the positional ones: counting three common syllables at 50,000 articles reads
 * a few hundred kilobytes instead of megabytes. It cannot answer phrases.
 */
export const wordsTable = (language: SiteLanguage): string => `articles_fts_${language}_words`

/**
 * The adjacent syllable pairs of the Vietnamese `text` (folded, "chuyen_doi doi_so"), without
 * positions (detail=none): which articles may hold a phrase of common syllables, asked before its
 * positions are read (see levelPairs). At 50,000 articles, proving that none holds "chuyển đổi
 * số" from the syllables' positions reads megabytes; its two pairs' lists are empty. No English
 * table: FTS5 stems English words inside its tokenizer, and pairs of unstemmed words would miss
 * the stemmed matches ("meetings held" finds "meeting held").
 */
export const PAIRS_TABLE = 'articles_fts_vi_pairs'

const FIELDS: SearchField[] = ['title', 'lead', 'text']
/** The articles' columns each field is indexed from: exact, folded. */
const COLUMNS: Record<SearchField, [string, string]> = {
  title: ['search_title_exact', 'search_title'],
  lead: ['search_lead_exact', 'search_lead'],
  text: ['search_text_exact', 'search_text'],
}
const IS_ENGLISH = "search_language IS 'english'"
const IS_VIETNAMESE = "search_language IS NOT 'english'"

const VIETNAMESE_TABLES = FIELDS.map((field) => searchTable('vi', field))
const ENGLISH_TABLES = FIELDS.map((field) => searchTable('en', field))
const TABLES = [
  ...VIETNAMESE_TABLES,
  wordsTable('vi'),
  PAIRS_TABLE,
  ...ENGLISH_TABLES,
  wordsTable('en'),
  'articles_search_rows',
]
/** Dropped with their table; listed so that an index made before them is built again. */
const INDEXES = ['articles_search_rows_site']
const TRIGGERS = [
  'articles_search_on_insert',
  'articles_search_on_update',
  'articles_search_on_delete',
]
/** The one-table index of earlier versions: removed when the index is built. */
const LEGACY_TABLES = ['articles_search']

/**
 * The pair tokens of a folded text, in SQL (a trigger cannot call JavaScript nor hold a WITH):
 * its syllables as a JSON array, each joined to the next one by a window. The folded text holds
 * only a-z, 0-9 and single spaces (foldText), so the array is valid JSON; anything else gives no
 * pairs rather than a failed save.
 */
const pairsOf = (column: string): string => {
  const syllables = `'["' || replace(${column}, ' ', '","') || '"]'`
  return `(SELECT group_concat(syllable || '${PAIR_SEPARATOR}' || next, ' ') FROM (
      SELECT value AS syllable, lead(value) OVER (ORDER BY key) AS next
      FROM json_each(iif(json_valid(${syllables}), ${syllables}, '[]'))
    ) WHERE next IS NOT NULL)`
}

/** Adds the row `source` names (`new` in a trigger, `articles` in a fill) to every table it belongs in. */
const inserts = (source: string, where: string): string[] => [
  ...FIELDS.map((field) => {
    const [exact, folded] = COLUMNS[field].map((column) => `${source}.${column}`)
    return `INSERT INTO ${searchTable('vi', field)} (rowid, e, f)
      SELECT ${source}.rowid, ${exact}, ${folded} ${where} AND ${source}.${IS_VIETNAMESE}`
  }),
  `INSERT INTO ${wordsTable('vi')} (rowid, e, f)
    SELECT ${source}.rowid, ${COLUMNS.text.map((column) => `${source}.${column}`).join(', ')}
    ${where} AND ${source}.${IS_VIETNAMESE}`,
  `INSERT INTO ${PAIRS_TABLE} (rowid, f)
    SELECT ${source}.rowid, ${pairsOf(`${source}.${COLUMNS.text[1]}`)}
    ${where} AND ${source}.${IS_VIETNAMESE}`,
  ...FIELDS.map(
    (field) => `INSERT INTO ${searchTable('en', field)} (rowid, f)
      SELECT ${source}.rowid, ${source}.${COLUMNS[field][1]} ${where} AND ${source}.${IS_ENGLISH}`,
  ),
  `INSERT INTO ${wordsTable('en')} (rowid, f)
    SELECT ${source}.rowid, ${source}.${COLUMNS.text[1]} ${where} AND ${source}.${IS_ENGLISH}`,
  `INSERT INTO articles_search_rows (rowid, id, published_at, site_id)
    SELECT ${source}.rowid, ${source}.id, ${source}.published_at, ${source}.site_id ${where}`,
]

/** Removes the row `old` from every table it is in. */
const deletes = [
  ...[...VIETNAMESE_TABLES, wordsTable('vi'), PAIRS_TABLE].map(
    (table) =>
      `DELETE FROM ${table} WHERE rowid = old.rowid AND old._status = 'published' AND old.${IS_VIETNAMESE}`,
  ),
  ...[...ENGLISH_TABLES, wordsTable('en')].map(
    (table) =>
      `DELETE FROM ${table} WHERE rowid = old.rowid AND old._status = 'published' AND old.${IS_ENGLISH}`,
  ),
  'DELETE FROM articles_search_rows WHERE rowid = old.rowid',
]

const INDEXED_COLUMNS = [
  '_status',
  'published_at',
  'site_id',
  'search_language',
  ...Object.values(COLUMNS).flat(),
]

const CREATE = [
  // Published articles only, keyed by the `articles` rowid. Contentless: the text already lives
  // in `articles`, and a delete needs only the rowid. One table per field, so that a title query
  // reads the titles' word lists only, not the bodies' (3 to 5 times faster at 20,000 articles).
  ...VIETNAMESE_TABLES.map(
    (table) => `CREATE VIRTUAL TABLE ${table} USING fts5(e, f,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
  ),
  `CREATE VIRTUAL TABLE ${wordsTable('vi')} USING fts5(e, f,
    content='', contentless_delete=1, detail=column, tokenize='unicode61 remove_diacritics 0')`,
  `CREATE VIRTUAL TABLE ${PAIRS_TABLE} USING fts5(f,
    content='', contentless_delete=1, detail=none, tokenize="unicode61 tokenchars '${PAIR_SEPARATOR}'")`,
  ...ENGLISH_TABLES.map(
    (table) => `CREATE VIRTUAL TABLE ${table} USING fts5(f,
      content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2')`,
  ),
  `CREATE VIRTUAL TABLE ${wordsTable('en')} USING fts5(f,
    content='', contentless_delete=1, detail=column, tokenize='porter unicode61 remove_diacritics 2')`,
  // What ranking reads for each match. Read from `articles`, it would walk the overflow pages of
  // the body stored before it: 20 times slower at 50,000 articles.
  `CREATE TABLE articles_search_rows (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, published_at TEXT,
    site_id TEXT)`,
  // Tells at once whether a site holds every indexed article (searchPage then joins no rows).
  'CREATE INDEX articles_search_rows_site ON articles_search_rows (site_id)',
  ...inserts('articles', "FROM articles WHERE articles._status = 'published'"),
  `CREATE TRIGGER articles_search_on_insert AFTER INSERT ON articles
    WHEN new._status = 'published'
    BEGIN
      ${inserts('new', 'WHERE 1').join(';\n')};
    END`,
  // Only on changes to what the index holds: the view counter's updates pass by.
  `CREATE TRIGGER articles_search_on_update
    AFTER UPDATE OF ${INDEXED_COLUMNS.join(', ')} ON articles
    WHEN (old._status = 'published' OR new._status = 'published')
      AND (${INDEXED_COLUMNS.map((column) => `old.${column} IS NOT new.${column}`).join(' OR ')})
    BEGIN
      ${deletes.join(';\n')};
      ${inserts('new', "WHERE new._status = 'published'").join(';\n')};
    END`,
  `CREATE TRIGGER articles_search_on_delete AFTER DELETE ON articles
    WHEN old._status = 'published'
    BEGIN
      ${deletes.join(';\n')};
    END`,
]

const DROP = [
  ...TRIGGERS.map((name) => `DROP TRIGGER IF EXISTS ${name}`),
  ...[...TABLES, ...LEGACY_TABLES].map((name) => `DROP TABLE IF EXISTS ${name}`),
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
  const names = ['articles', ...TABLES, ...INDEXES, ...TRIGGERS]
  const { rows } = await client.execute({
    sql: `SELECT name FROM sqlite_master WHERE name IN (${names.map(() => '?').join(', ')})`,
    args: names,
  })
  const present = new Set(rows.map((row) => row.name))
  if (!present.has('articles') || present.size === names.length) return
  await client.batch([...DROP, ...CREATE], 'write')
}
