import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { productionBuild } from './helpers/productionBuild'
import { startProduction, type ProductionServer } from './helpers/productionServer'
import { projectRoot } from './helpers/runNode'

const run = promisify(execFile)
/** What a command prints, or undefined when it is missing or fails. */
const outputOf = (command: string, args: string[]): string | undefined => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  } catch {
    return undefined
  }
}
const hasDockerEngine = outputOf('docker', ['info']) !== undefined
/**
 * Compose v2 or later, as the docker client's plugin (`docker compose`) or on its own
 * (`docker-compose`); neither needs an engine to validate a file. Compose v1 (`docker-compose`
 * 1.x, Debian's) predates the file's `env_file` syntax and is not used.
 */
const composeCommand = [['docker', 'compose'], ['docker-compose']].find(([command, ...args]) => {
  const version = outputOf(command as string, [...args, 'version', '--short'])
  return Number(version?.match(/^v?(\d+)\./)?.[1] ?? 0) >= 2
})

describe('the production build from the Docker build context', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-image-'))
  let server: ProductionServer

  beforeAll(async () => {
    server = await startProduction({ buildDir: await productionBuild(), dataDir })
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('should answer /api/health on a fresh SQLite file, uncached', async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('should be ready with every migration applied', async () => {
    const response = await fetch(`${server.url}/api/ready`)
    expect(await response.json()).toEqual({
      isReady: true,
      database: 'reachable',
      pendingMigrations: [],
      jobs: 'running',
    })
    expect(response.status).toBe(200)
  })

  it('should serve the REST API and the admin', async () => {
    const articles = await fetch(`${server.url}/api/articles`)
    expect(articles.status).toBe(200)
    expect(await articles.json()).toMatchObject({ docs: [], totalDocs: 0 })
    const admin = await fetch(`${server.url}/admin`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<title>Bảng điều khiển  – Tòa soạn</title>')
    const firstUser = await fetch(`${server.url}/admin/create-first-user`)
    expect(firstUser.status).toBe(200)
    expect(await firstUser.text()).toContain('<title>Tạo người dùng đầu tiên  – Tòa soạn</title>')
  })
})

describe('Docker', () => {
  it.runIf(hasDockerEngine)(
    'should build the image',
    async () => {
      await run('docker', ['build', '--tag', 'toasoan:test', '.'], { cwd: projectRoot })
    },
    600_000,
  )

  it('should give docker-compose.yml a shape the Compose Specification accepts (dclint)', async () => {
    await run(path.join(projectRoot, 'node_modules/.bin/dclint'), ['docker-compose.yml'], {
      cwd: projectRoot,
    })
  })

  it('should run two app instances, one of them the jobs queue, behind a proxy that serves media', () => {
    type Service = { environment?: Record<string, string>; volumes?: string[] }
    const { services } = parse(
      readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'),
      // The app services share their settings through a YAML anchor (`<<: *app`).
      { merge: true },
    ) as {
      services: Record<string, Service>
    }
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'backup', 'mongo', 'proxy'])
    expect([services.app1, services.app2].map((app) => app?.environment?.TOASOAN_RUN_JOBS)).toEqual(
      ['on', 'off'],
    )
    for (const name of ['app1', 'app2', 'proxy', 'backup']) {
      expect(services[name]?.volumes?.some((volume) => volume.startsWith('media:'))).toBe(true)
    }
  })

  it.runIf(composeCommand)('should accept docker-compose.yml (docker compose config)', async () => {
    const [command, ...args] = composeCommand as string[]
    await run(command as string, [...args, 'config', '--quiet'], { cwd: projectRoot })
  })
})
