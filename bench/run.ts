import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { freePort } from '@tests/helpers/server'

import { load, type LoadResult } from './load'
import { measurePortal, type PortalResult } from './portalPages'
import { runToEnd, startServer, type Running } from './processes'
import { writeReport, type SizeResult } from './report'
import { assertSameJson } from './sameJson'
import { samplePaths } from './samples'
import { viewTotal } from './viewTotal'

/**
 * `npm run bench [-- --articles 50000 --scaling 1000,100000 --seconds 10 --connections 50]`:
 * builds the app, grows a generated data set size by size, and loads the app (read cache off and
 * on) and a bare node:http server over the same database with the portal's reads; at the main
 * size, the portal's article and category pages beside the GraphQL queries behind them.
 * `--only portal` (or `api`) runs one half; `--quick` checks that it all works on 1,000 articles,
 * 3 s a run, without writing the results; `--keep-data` reuses bench/data of the last run.
 */
const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    scaling: { type: 'string', default: '1000,100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'keep-data': { type: 'boolean', default: false },
  },
})
const isQuick = options.quick ?? false
const mainSize = isQuick ? 1000 : Number(options.articles)
const scalingSizes = isQuick ? [] : (options.scaling ?? '').split(',').filter(Boolean).map(Number)
const seconds = isQuick ? 3 : Number(options.seconds)
const connections = Number(options.connections)
const hasApi = options.only !== 'portal'
const hasPortal = options.only !== 'api'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = path.join(root, 'bench', 'data')
const databaseUri = process.env.BENCH_DATABASE_URI || `file:${path.join(dataDir, 'bench.db')}`
const onSqlite = databaseUri.startsWith('file:')
const samplesFile = path.join(dataDir, 'samples.json')
const env = {
  ...process.env,
  DATABASE_URI: databaseUri,
  MEDIA_DIR: path.join(dataDir, 'media'),
  PAYLOAD_SECRET: 'toasoan-bench-secret',
  TOASOAN_SEED: 'off',
  NEXT_TELEMETRY_DISABLED: '1',
  // A build folder of its own, never the one `npm run build` or the tests use.
  NEXT_DIST_DIR: '.next-bench',
}
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/**
 * The app as deployed (`next start`); its portal reads the API on itself, as by default. Next's
 * caches on disk (the portal's query answers, its pages rendered at run time) start empty: they
 * may hold another data set's.
 */
const startApp = async (cacheSeconds: number) => {
  for (const cache of ['cache/fetch-cache', 'server/route-cache']) {
    rmSync(path.join(root, env.NEXT_DIST_DIR, cache), { recursive: true, force: true })
  }
  const port = String(await freePort())
  return startServer({
    command: bin('next'),
    args: ['start', '-p', port],
    env: {
      ...env,
      NODE_ENV: 'production',
      PORT: port,
      READ_CACHE_TTL_SECONDS: String(cacheSeconds),
    },
    origin: `http://127.0.0.1:${port}`,
    probe: '/api/categories?limit=1',
  })
}
const startRaw = async () => {
  const port = String(await freePort())
  return startServer({
    command: bin('tsx'),
    args: [path.join(root, 'bench', 'raw', 'rawServer.ts'), port, databaseUri],
    env,
    origin: `http://127.0.0.1:${port}`,
    probe: '/',
  })
}

type Scenario = { name: string; paths: string[]; method?: 'GET' | 'POST' }

/** Loads one server with each scenario: a short warm-up, then the measured run. */
const measure = async (server: Running, scenarios: Scenario[]) => {
  const results: Record<string, LoadResult & { counted?: number }> = {}
  for (const scenario of scenarios) {
    const run = (runSeconds: number) =>
      load({
        origin: server.origin,
        paths: scenario.paths,
        method: scenario.method,
        connections,
        seconds: runSeconds,
      })
    await run(2)
    const viewsBefore = scenario.method === 'POST' ? await viewTotal(databaseUri) : 0
    const result = await run(seconds)
    results[scenario.name] =
      scenario.method === 'POST'
        ? { ...result, counted: (await viewTotal(databaseUri)) - viewsBefore }
        : result
    console.log(
      `  ${scenario.name}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
    )
  }
  return results
}

const measureSize = async (size: number, full: boolean): Promise<SizeResult> => {
  const sample = samplePaths(samplesFile)
  const scenarios: Scenario[] = [
    { name: 'category page', paths: sample.categoryPages },
    { name: 'article by slug + related', paths: sample.articles },
    ...(full
      ? [
          { name: 'day archive', paths: sample.days },
          { name: 'search', paths: sample.searches },
          { name: 'view counter', paths: sample.views, method: 'POST' as const },
        ]
      : []),
  ]
  const servers: SizeResult['servers'] = {}
  for (const [label, cacheSeconds] of [
    ['app, no cache', 0],
    ['app, read cache', 60],
  ] as const) {
    console.log(`${size} articles — ${label}`)
    const app = await startApp(cacheSeconds)
    try {
      if (onSqlite && cacheSeconds === 0) {
        const raw = await startRaw()
        try {
          const checked = [
            ...sample.categoryPages,
            ...sample.articles.slice(0, 20),
            ...sample.days.slice(0, 5),
            ...sample.searches,
          ]
          await assertSameJson(app.origin, raw.origin, checked)
          console.log(`  same JSON from app and raw server for ${checked.length} requests`)
        } finally {
          await raw.stop()
        }
      }
      servers[label] = await measure(app, scenarios)
    } finally {
      await app.stop()
    }
  }
  if (onSqlite) {
    console.log(`${size} articles — raw node:http + SQL`)
    const raw = await startRaw()
    try {
      servers['raw node:http'] = await measure(raw, scenarios)
    } finally {
      await raw.stop()
    }
  }
  return { articles: size, servers }
}

const measurePortalPages = async (): Promise<PortalResult> => {
  console.log(`${mainSize} articles — portal pages beside their API queries`)
  // As deployed: the read cache on its default TTL, the portal reading the API on itself.
  const app = await startApp(60)
  try {
    return await measurePortal({ origin: app.origin, samplesFile, connections, seconds })
  } finally {
    await app.stop()
  }
}

if (!options['skip-build']) {
  await runToEnd(bin('next'), ['build'], { ...env, NODE_ENV: 'production' })
}
// `--keep-data` grows the data set left by the last run instead of making it again.
if (onSqlite && !options['keep-data']) rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })
const sizes = [...new Set([...(hasApi ? scalingSizes : []), mainSize])].sort((a, b) => a - b)
const results: SizeResult[] = []
let portal: PortalResult | undefined
for (const size of sizes) {
  console.log(`Growing the data set to ${size} articles`)
  await runToEnd(
    bin('tsx'),
    [
      '--conditions=development',
      path.join(root, 'bench', 'generate.ts'),
      String(size),
      samplesFile,
    ],
    // Production: the committed migrations make the schema, as they do for `next start`.
    { ...env, NODE_ENV: 'production' },
  )
  if (hasApi) results.push(await measureSize(size, size === mainSize))
  if (hasPortal && size === mainSize) portal = await measurePortalPages()
}
if (isQuick) {
  console.log('Quick run: bench/RESULTS.md left as it was')
} else {
  await writeReport({
    root,
    results: hasApi ? results : undefined,
    portal,
    mainSize,
    connections,
    seconds,
    database: onSqlite ? 'SQLite' : 'MongoDB',
  })
}
