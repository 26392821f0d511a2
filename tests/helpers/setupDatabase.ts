import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

/**
 * Runs before each integration test file, before it imports the Payload config: gives the file a
 * database of its own (a fresh SQLite file, or a fresh database on TEST_MONGODB_URI) and a media
 * folder of its own, and removes both when the file is done.
 */
const runId = randomUUID().slice(0, 8)
const workDir = path.join(tmpdir(), `toasoan-test-${runId}`)
mkdirSync(workDir, { recursive: true })

process.env.PAYLOAD_SECRET = `test-secret-${runId}`
process.env.MEDIA_DIR = path.join(workDir, 'media')
process.env.EMAIL_TRANSPORT = 'capture'

if (process.env.TEST_DATABASE === 'mongodb') {
  const url = new URL(process.env.TEST_MONGODB_URI as string)
  url.pathname = `/toasoan_test_${runId}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(workDir, 'test.db')}`
}

afterAll(async () => {
  const { closeTestPayload } = await import('./payload')
  await closeTestPayload()
  rmSync(workDir, { recursive: true, force: true })
})
