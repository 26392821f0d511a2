import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { productionBuild } from './helpers/productionBuild'
import { startProduction, type ProductionServer } from './helpers/productionServer'

type Refusal = { errors: { message: string }[] }

/**
 * The guard rails' and endpoints' refusals under `next start`, whose minified build renames
 * Payload's error classes: the development server the security suite attacks cannot see this.
 */
describe('refusals in the production build', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-errors-'))
  let server: ProductionServer
  let token: string

  const ask = (method: 'GET' | 'POST', url: string, body?: unknown) =>
    apiClient(server.url).call<Refusal>(method, url, { token: body ? token : undefined, body })

  beforeAll(async () => {
    server = await startProduction({ buildDir: await productionBuild(), dataDir })
    token = await apiClient(server.url).firstAdmin('loi@toasoan.test', 'mật-khẩu-lỗi-1')
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('should say what a guard rail refused, as in development', async () => {
    for (const [url, named] of [
      ['/articles?where[createdBy][exists]=true', 'createdBy'],
      ['/articles?sort=workflowStage', 'workflowStage'],
      ['/articles?limit=0', 'limit'],
      ['/articles/search?q=%22', 'q'],
    ]) {
      const answer = await ask('GET', url)
      expect([url, answer.status]).toEqual([url, 400])
      expect(answer.json.errors[0].message).toContain(named)
    }
  })

  it('should answer a path that is no UTF-8 with a 400, not a 500', async () => {
    for (const url of ['/%FF', '/articles/%C3%28']) {
      expect([url, (await ask('GET', url)).status]).toEqual([url, 400])
    }
  })

  it('should answer a URL upload from a private or malformed address with a 400 and its reason', async () => {
    for (const url of ['::::', 'http://169.254.169.254/latest/anh.png']) {
      const answer = await ask('POST', '/media', { url, filename: 'anh.png', alt: 'Ảnh' })
      expect([url, answer.status]).toEqual([url, 400])
      expect(answer.json.errors[0].message).toContain('Không lấy được tệp')
    }
  })
})
