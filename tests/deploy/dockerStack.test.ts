import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/**
 * The Docker files cannot be run here (no Docker engine in CI), so these tests read them: the
 * things that, if wrong, only show up on the production server.
 */

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

type Volume = string | { type?: string; source?: string; target?: string }
type Service = {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  command?: string | string[]
  healthcheck?: { test?: string | string[] }
  volumes?: Volume[]
  env_file?: string | (string | { path: string })[]
  environment?: Record<string, string | number | null> | string[]
  depends_on?: string[] | Record<string, { condition?: string }>
}
type Compose = { services?: Record<string, Service>; volumes?: Record<string, unknown> | null }

const compose = (): Compose => parse(read('docker-compose.yml')) as Compose
const service = (name: string): Service => {
  const found = compose().services?.[name]
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`)
  return found
}
const words = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(' ') : (value ?? '')

/** The named volume mounted at `target`, or undefined for a bind mount or no mount. */
const namedVolumeAt = (svc: Service, target: string): string | undefined => {
  for (const volume of svc.volumes ?? []) {
    const [source, mountedAt] =
      typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target]
    if (mountedAt !== target || !source) continue
    return /^[.\/~]/.test(source) ? undefined : source
  }
  return undefined
}

const environment = (svc: Service): Record<string, string> => {
  const env = svc.environment ?? {}
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]),
    )
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? '')]))
}

type Instruction = { keyword: string; args: string }
/** Dockerfile instructions per stage (comments dropped, continuation lines joined). */
const dockerStages = (): Instruction[][] => {
  const logical = read('Dockerfile')
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const stages: Instruction[][] = []
  for (const line of logical) {
    const [keyword = '', ...rest] = line.split(/\s+/)
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') }
    if (instruction.keyword === 'FROM') stages.push([])
    stages.at(-1)?.push(instruction)
  }
  return stages
}
const argsOf = (stage: Instruction[], keyword: string): string[] =>
  stage.filter((i) => i.keyword === keyword).map((i) => i.args)
/** `["npm", "start"]` → `npm start`; shell form unchanged. */
const commandLine = (args: string): string =>
  args.startsWith('[') ? (JSON.parse(args) as string[]).join(' ') : args

const ENV_READ = /process\.env(?:\.([A-Z_][A-Z0-9_]*)|\[\s*['"]([A-Z_][A-Z0-9_]*)['"]\s*\])/g
const sourceFiles = (entry: string): string[] => {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (/\.(ts|tsx|js|mjs)$/.test(entry)) return [full]
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => /\.(ts|tsx|js|mjs)$/.test(file) && !file.split(path.sep).includes('node_modules'),
    )
    .map((file) => path.join(full, file))
}
const envReadIn = (entries: string[]): Set<string> => {
  const names = new Set<string>()
  for (const file of entries.flatMap(sourceFiles)) {
    for (const match of readFileSync(file, 'utf8').matchAll(ENV_READ)) {
      names.add((match[1] ?? match[2]) as string)
    }
  }
  return names
}
const APP_SOURCES = ['src', 'collections', 'plugins', 'payload.config.ts', 'next.config.mjs']
// Variables for the test suite are read by its config and helpers, not by the app.
const TEST_SOURCES = ['vitest.config.ts', 'tests/helpers']

const envExampleNames = (): string[] =>
  [...read('.env.example').matchAll(/^\s*#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string)

describe('docker-compose.yml', () => {
  it('should parse and name the services mongo and app', () => {
    expect(Object.keys(compose().services ?? {}).sort()).toEqual(['app', 'mongo'])
  })

  it('should pin the mongo image to an exact version', () => {
    const image = service('mongo').image ?? ''
    expect(image).not.toMatch(/:latest$/)
    expect(image).toMatch(/^mongo:\d+\.\d+\.\d+|@sha256:[0-9a-f]{64}$/)
  })

  it('should start mongo as a replica set that its healthcheck initiates', () => {
    const mongo = service('mongo')
    expect(words(mongo.command)).toMatch(/--replSet[ =]rs0\b/)
    expect(words(mongo.healthcheck?.test)).toContain('rs.initiate')
    expect(words(mongo.healthcheck?.test)).toContain("_id:'rs0'")
  })

  it('should keep the database and the media on named volumes declared at the top level', () => {
    const declared = Object.keys(compose().volumes ?? {})
    const database = namedVolumeAt(service('mongo'), '/data/db')
    const media = namedVolumeAt(service('app'), '/app/media')
    expect(database).toBeTruthy()
    expect(media).toBeTruthy()
    expect(declared).toContain(database)
    expect(declared).toContain(media)
  })

  it('should build the app from the Dockerfile', () => {
    const build = service('app').build
    const context = (typeof build === 'string' ? build : build?.context) ?? ''
    const dockerfile = (typeof build === 'object' ? build.dockerfile : undefined) ?? 'Dockerfile'
    expect(context).toBeTruthy()
    expect(path.resolve(root, context, dockerfile)).toBe(path.join(root, 'Dockerfile'))
  })

  it('should start the app only once mongo is healthy', () => {
    const dependsOn = service('app').depends_on
    expect(Array.isArray(dependsOn)).toBe(false)
    expect((dependsOn as Record<string, { condition?: string }>).mongo?.condition).toBe(
      'service_healthy',
    )
  })

  it('should give the app its secrets from .env', () => {
    const envFile = service('app').env_file
    const files = (Array.isArray(envFile) ? envFile : [envFile]).map((f) =>
      typeof f === 'object' ? f.path : f,
    )
    expect(files).toContain('.env')
  })

  it('should point the app at the mongo service as a replica set', () => {
    const uri = environment(service('app')).DATABASE_URI ?? ''
    expect(uri).toMatch(/^mongodb:\/\//)
    const url = new URL(uri)
    expect(url.hostname).toBe('mongo')
    expect(url.searchParams.get('replicaSet')).toBe('rs0')
  })
})

describe('.env.example', () => {
  it('should list only variables that the code reads', () => {
    const readSomewhere = envReadIn([...APP_SOURCES, ...TEST_SOURCES])
    const listed = envExampleNames()
    expect(listed).toContain('PAYLOAD_SECRET')
    expect(listed.filter((name) => !readSomewhere.has(name))).toEqual([])
  })

  it('should list every variable the app reads, except NODE_ENV', () => {
    const listed = new Set(envExampleNames())
    const readByApp = [...envReadIn(APP_SOURCES)].filter((name) => name !== 'NODE_ENV')
    expect(readByApp).toContain('DATABASE_URI')
    expect(readByApp.filter((name) => !listed.has(name))).toEqual([])
  })
})

describe('Dockerfile', () => {
  it('should build on a pinned node image', () => {
    const images = dockerStages().map((stage) => (stage[0]?.args ?? '').split(/\s+/)[0] ?? '')
    expect(images.length).toBeGreaterThanOrEqual(2)
    for (const image of images) expect(image).toMatch(/^node:\d+\.\d+[.\w-]*$/)
  })

  it('should install with npm ci and build with npm run build', () => {
    const runs = dockerStages()
      .flatMap((stage) => argsOf(stage, 'RUN'))
      .join('\n')
    expect(runs).toMatch(/\bnpm ci\b/)
    expect(runs).toMatch(/\bnpm run build\b/)
  })

  it('should start Next as a non-root user', () => {
    const runtime = dockerStages().at(-1) ?? []
    const command = [...argsOf(runtime, 'ENTRYPOINT'), ...argsOf(runtime, 'CMD')].map(commandLine)
    expect(command.join(' ')).toMatch(/\b(npm|next) start\b/)
    const user = argsOf(runtime, 'USER').at(-1) ?? 'root'
    expect(user).not.toMatch(/^(root|0)(:|$)/)
  })

  it('should run in production, on port 3000, with media in /app/media', () => {
    const runtime = dockerStages().at(-1) ?? []
    const env = argsOf(runtime, 'ENV').join(' ')
    expect(env).toMatch(/\bNODE_ENV=production\b/)
    expect(env).toMatch(/\bNEXT_TELEMETRY_DISABLED=1\b/)
    expect(env).toMatch(/\bMEDIA_DIR=\/app\/media\b/)
    expect(argsOf(runtime, 'EXPOSE').join(' ')).toMatch(/\b3000\b/)
  })

  it('should build with placeholder PAYLOAD_SECRET and mongodb DATABASE_URI that the runtime lacks', () => {
    const stages = dockerStages()
    const building = stages.find((stage) =>
      argsOf(stage, 'RUN').some((run) => /\bnpm run build\b/.test(run)),
    )
    const settings = [...argsOf(building ?? [], 'ARG'), ...argsOf(building ?? [], 'ENV')].join(' ')
    const secret = /\bPAYLOAD_SECRET[= ](\S+)/.exec(settings)?.[1]
    expect(secret).toBeTruthy()
    expect(settings).toMatch(/\bDATABASE_URI[= ]mongodb:\/\//)

    const runtime = stages.at(-1) ?? []
    expect(runtime).not.toBe(building)
    expect(JSON.stringify(runtime)).not.toContain(secret)
    expect([...argsOf(runtime, 'ARG'), ...argsOf(runtime, 'ENV')].join(' ')).not.toContain(
      'PAYLOAD_SECRET',
    )
  })
})
