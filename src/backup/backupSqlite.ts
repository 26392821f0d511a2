import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'

import type { DataPaths } from './dataPaths'
import { sha256File } from './sha256File'

const run = promisify(execFile)

/**
 * One consistent copy of a live installation: `VACUUM INTO` writes the database as one read
 * transaction sees it (writers go on meanwhile, WAL), then the media folder is copied, after the
 * database, so that every file the copy names is there. Both go into one dated .tar.gz, with its
 * SHA-256 beside it in `sha256sum` format. Returns the archive's path.
 */
export const backupSqlite = async (
  { databaseFile, mediaDir }: DataPaths,
  backupDir: string,
  now = new Date(),
): Promise<string> => {
  if (!existsSync(databaseFile)) throw new Error(`No database at ${databaseFile}.`)
  mkdirSync(backupDir, { recursive: true })
  // 2026-12-01T12:38:41.123Z → toasoan-20261201T123841Z
  const name = `toasoan-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')}`
  const staging = mkdtempSync(path.join(backupDir, `.${name}-`))
  try {
    const client = createClient({ url: `file:${databaseFile}` })
    try {
      await client.execute('PRAGMA busy_timeout = 5000')
      await client.execute({
        sql: 'VACUUM INTO ?',
        args: [path.join(staging, 'toasoan.db')],
      })
    } finally {
      client.close()
    }
    mkdirSync(path.join(staging, 'media'))
    if (existsSync(mediaDir)) cpSync(mediaDir, path.join(staging, 'media'), { recursive: true })
    const archive = path.join(backupDir, `${name}.tar.gz`)
    await run('tar', ['-czf', archive, '-C', staging, 'toasoan.db', 'media'])
    writeFileSync(`${archive}.sha256`, `${await sha256File(archive)}  ${path.basename(archive)}\n`)
    return archive
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
