import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { productionBuild } from './helpers/productionBuild'
import { startProduction } from './helpers/productionServer'

describe('SIGTERM on next start', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-shutdown-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('should refuse new requests, answer the one in flight, and exit 0', async () => {
    const server = await startProduction({ buildDir: await productionBuild(), dataDir })
    const { port } = new URL(server.url)

    // A login whose body is still arriving when the signal comes: a request in flight.
    const body = JSON.stringify({ email: 'khong-co@toasoan.test', password: 'sai-mat-khau' })
    const answered = new Promise<number>((resolve, reject) => {
      const inFlight = request(
        {
          host: 'localhost',
          port,
          path: '/api/users/login',
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      inFlight.on('error', reject)
      inFlight.write(body.slice(0, 10))
      setTimeout(() => inFlight.end(body.slice(10)), 1_500)
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const exited = server.stop()
    await new Promise((resolve) => setTimeout(resolve, 500))

    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow()
    expect(await answered).toBe(401)
    expect(await exited).toBe(0)
    expect(server.output()).toContain('SIGTERM: finishing the requests')
  })
})
