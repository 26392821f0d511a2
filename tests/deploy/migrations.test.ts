import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runTsx } from './helpers/runNode'
import { sqliteSchema, type SqliteSchema } from './helpers/sqliteSchema'

const workDir = mkdtempSync(path.join(tmpdir(), 'toasoan-migrations-'))

/** Opens a fresh SQLite file the way NODE_ENV makes the app open it; the pending statements. */
const openFresh = async (nodeEnv: 'development' | 'production', name: string) => {
  const file = path.join(workDir, `${name}.db`)
  const stdout = await runTsx('tests/deploy/helpers/openDatabase.ts', [], {
    NODE_ENV: nodeEnv,
    DATABASE_URI: `file:${file}`,
    PAYLOAD_SECRET: 'migrations-test',
    MEDIA_DIR: path.join(workDir, 'media'),
    TOASOAN_SEED: 'off',
  })
  const line = /^pending migration statements: (.*)$/m.exec(stdout)?.[1] ?? 'null'
  return { file, pending: JSON.parse(line) as string[] }
}

let pushed: SqliteSchema
let migrated: SqliteSchema
let pending: string[]

beforeAll(async () => {
  const [development, production] = await Promise.all([
    openFresh('development', 'pushed'),
    openFresh('production', 'migrated'),
  ])
  pending = development.pending
  pushed = await sqliteSchema(development.file)
  migrated = await sqliteSchema(production.file)
}, 120_000)

afterAll(() => rmSync(workDir, { recursive: true, force: true }))

describe('SQLite migrations', () => {
  it('should describe the collections as they are (run `npm run migrate:create` when not)', () => {
    expect(pending).toEqual([])
  })

  it('should build in production the same tables, columns and indexes that development pushes', () => {
    expect(Object.keys(migrated.tables).sort()).toEqual(Object.keys(pushed.tables).sort())
    expect(migrated.tables).toEqual(pushed.tables)
  })

  it('should give a migrated database the search index and its triggers', () => {
    // Title, lead and text, and the text's words without positions, in Vietnamese and in English,
    // and the Vietnamese text's syllable pairs (src/database/sqlite/searchIndex.ts).
    expect(Object.keys(migrated.virtualTables).sort()).toEqual(
      [
        ...['vi', 'en'].flatMap((language) =>
          ['title', 'lead', 'text', 'words'].map((field) => `articles_fts_${language}_${field}`),
        ),
        'articles_fts_vi_pairs',
      ].sort(),
    )
    expect(migrated.virtualTables).toEqual(pushed.virtualTables)
    expect((migrated.tables.articles as { triggers: string[] }).triggers.sort()).toEqual([
      'articles_search_on_delete',
      'articles_search_on_insert',
      'articles_search_on_update',
    ])
  })
})
