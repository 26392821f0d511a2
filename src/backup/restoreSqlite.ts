import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import type { DataPaths } from './dataPaths'
import { sha256File } from './sha256File'

const run = promisify(execFile)

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0

/**
 * Puts a backup made by backupSqlite back, after checking its SHA-256, into a data folder with no
 * database and an empty media folder. A live installation (its database file or media present)
 * is refused, never overwritten: stop the app and move its data aside first.
 */
export const restoreSqlite = async (archive: string, { databaseFile, mediaDir }: DataPaths) => {
  const checksumFile = `${archive}.sha256`
  if (!existsSync(checksumFile))
    throw new Error(`No checksum beside the archive (${checksumFile}).`)
  const expected = readFileSync(checksumFile, 'utf8').split(/\s+/)[0]
  if ((await sha256File(archive)) !== expected) {
    throw new Error(`${archive} does not match its checksum: damaged or incomplete.`)
  }
  const live = [databaseFile, `${databaseFile}-wal`].filter((file) => existsSync(file))
  if (live.length || !isEmptyDir(mediaDir)) {
    throw new Error(
      `Refusing to restore over live data (${[...live, ...(isEmptyDir(mediaDir) ? [] : [mediaDir])].join(', ')}): restore into an empty data folder.`,
    )
  }
  mkdirSync(path.dirname(databaseFile), { recursive: true })
  const staging = mkdtempSync(path.join(path.dirname(databaseFile), '.restore-'))
  try {
    await run('tar', ['-xzf', archive, '-C', staging])
    mkdirSync(path.dirname(mediaDir), { recursive: true })
    rmSync(mediaDir, { recursive: true, force: true })
    renameSync(path.join(staging, 'media'), mediaDir)
    renameSync(path.join(staging, 'toasoan.db'), databaseFile)
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
