import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { productionBuild } from './helpers/productionBuild'
import { startProduction, type ProductionServer } from './helpers/productionServer'
import { projectRoot } from './helpers/runNode'

const run = promisify(execFile)
const PASSWORD = 'mật-khẩu-sao-lưu-1'

/** `npm run <script> -- <args>` with this installation's settings; its exit code and output. */
const npmRun = async (script: string, args: string[], env: Record<string, string>) => {
  try {
    const { stdout } = await run('npm', ['run', '--silent', script, '--', ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    })
    return { code: 0, output: stdout }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

const rowsOf = async (file: string, sql: string) => {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute(sql)).rows
  } finally {
    client.close()
  }
}

describe('npm run backup and npm run restore', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'toasoan-backup-'))
  const live = {
    DATABASE_URI: `file:${path.join(workDir, 'live/toasoan.db')}`,
    MEDIA_DIR: path.join(workDir, 'live/media'),
  }
  const fresh = {
    DATABASE_URI: `file:${path.join(workDir, 'fresh/toasoan.db')}`,
    MEDIA_DIR: path.join(workDir, 'fresh/media'),
  }
  let server: ProductionServer
  let token: string
  let archive: string
  const writtenBefore: string[] = []

  const upload = async (index: number) => {
    const image = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: index * 20, g: 90, b: 40 } },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(image)], { type: 'image/png' }),
      `anh-${index}.png`,
    )
    form.append('_payload', JSON.stringify({ alt: `Ảnh hội nghị ${index}` }))
    const response = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(response.status).toBe(201)
  }
  const article = async (index: number) => {
    const answer = await apiClient(server.url).call<{ doc: { id: string } }>('POST', '/articles', {
      token,
      body: { title: `Tin thứ ${index} về kỳ họp` },
    })
    expect(answer.status).toBe(201)
    return answer.json.doc.id
  }

  beforeAll(async () => {
    server = await startProduction({
      buildDir: await productionBuild(),
      dataDir: workDir,
      env: live,
    })
    token = await apiClient(server.url).firstAdmin('sao-luu@toasoan.test', PASSWORD)
    for (let index = 0; index < 5; index++) {
      await upload(index)
      writtenBefore.push(await article(index))
    }
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(workDir, { recursive: true, force: true })
  })

  it('should back up while the app keeps writing, into one archive with its checksum', async () => {
    let isBackingUp = true
    const writing = (async () => {
      let index = 100
      while (isBackingUp) {
        await Promise.all([upload(index), article(index)])
        index += 1
      }
      return index - 100
    })()
    const backup = await npmRun('backup', [], {
      ...live,
      BACKUP_DIR: path.join(workDir, 'backups'),
    })
    isBackingUp = false
    expect(await writing).toBeGreaterThan(0)
    expect(backup.code, backup.output).toBe(0)
    archive = /Backup written: (\S+\.tar\.gz)/.exec(backup.output)?.[1] ?? ''
    expect(path.basename(archive)).toMatch(/^toasoan-\d{8}T\d{6}Z\.tar\.gz$/)
    expect(existsSync(`${archive}.sha256`)).toBe(true)
  })

  it('should refuse to restore over the live data', async () => {
    const restore = await npmRun('restore', [archive], live)
    expect(restore.code).toBe(1)
    expect(restore.output).toContain('Refusing to restore over live data')
  })

  it('should restore into an empty folder every document and every file the backup holds', async () => {
    const restore = await npmRun('restore', [archive], fresh)
    expect(restore.code, restore.output).toBe(0)
    const databaseFile = fresh.DATABASE_URI.slice('file:'.length)
    const articles = (await rowsOf(databaseFile, 'SELECT id FROM articles')).map((row) => row.id)
    expect(articles).toEqual(expect.arrayContaining(writtenBefore))
    const media = await rowsOf(databaseFile, 'SELECT filename FROM media')
    expect(media.length).toBeGreaterThanOrEqual(5)
    const files = new Set(readdirSync(fresh.MEDIA_DIR))
    expect(media.filter((row) => !files.has(String(row.filename)))).toEqual([])
    const integrity = await rowsOf(databaseFile, 'PRAGMA integrity_check')
    expect(integrity[0]?.integrity_check).toBe('ok')
  })
})
