import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { format, resolveConfig } from 'prettier'

import { freePort } from '@tests/helpers/server'

import { load, type LoadResult } from './load'
import { startServer, type Running } from './processes'
import { samplePaths } from './samples'

/**
 * `npm run bench:search -- --baseline <checkout> [--checkout <other>…]`: the search of this
 * checkout against another (an older commit, its `.next-bench` built and its `bench/data` grown
 * by its own `npm run bench` or bench/generate.ts), and any others, in one run: the uncached app
 * and the raw server of each, alternating (baseline, others, this, then the reverse, so that a
 * change in the machine's load weighs on all), each loaded with the benchmark's search mix and
 * with single queries. The figures and their ratio to the baseline go to bench/RESULTS.md,
 * between the search comparison markers.
 */
const { values: options } = parseArgs({
  options: {
    baseline: { type: 'string' },
    checkout: { type: 'string', multiple: true, default: [] },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '2' },
  },
})
if (!options.baseline) throw new Error('Usage: npm run bench:search -- --baseline <checkout>')
const seconds = Number(options.seconds)
const connections = Number(options.connections)
const rounds = Number(options.rounds)

const root = path.resolve(import.meta.dirname, '..')
/** Each checkout by name (its folder's), the baseline first and this one last. */
const checkouts = [options.baseline, ...(options.checkout ?? []), root].map((folder) => ({
  name: path.basename(path.resolve(folder)),
  folder: path.resolve(folder),
}))
type Checkout = (typeof checkouts)[number]
const SERVERS = ['app, no cache', 'raw node:http'] as const
type Server = (typeof SERVERS)[number]

const SINGLE_QUERIES = ['chuyển đổi số', 'chuyen doi so', 'bac kan', 'huyện', 'hội nghị']
const searchPath = (q: string) => `/api/articles/search?q=${encodeURIComponent(q)}`
const scenarios = [
  {
    name: 'search mix (npm run bench)',
    paths: samplePaths(path.join(root, 'bench', 'data', 'samples.json')).searches,
  },
  ...SINGLE_QUERIES.map((q) => ({ name: `“${q}”`, paths: [searchPath(q)] })),
]

const envOf = (checkout: string) => {
  const dataDir = path.join(checkout, 'bench', 'data')
  return {
    ...process.env,
    DATABASE_URI: `file:${path.join(dataDir, 'bench.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: 'toasoan-bench-secret',
    TOASOAN_SEED: 'off',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '.next-bench',
  }
}

const start = async ({ folder: checkout }: Checkout, server: Server): Promise<Running> => {
  const env = envOf(checkout)
  if (!existsSync(path.join(checkout, env.NEXT_DIST_DIR))) {
    throw new Error(`${checkout} has no ${env.NEXT_DIST_DIR}: build it first (npm run bench)`)
  }
  const port = String(await freePort())
  const origin = `http://127.0.0.1:${port}`
  if (server === 'raw node:http') {
    return startServer({
      command: path.join(checkout, 'node_modules', '.bin', 'tsx'),
      args: [path.join(checkout, 'bench', 'raw', 'rawServer.ts'), port, env.DATABASE_URI],
      env,
      origin,
      probe: '/',
      cwd: checkout,
    })
  }
  rmSync(path.join(checkout, env.NEXT_DIST_DIR, 'cache', 'fetch-cache'), {
    recursive: true,
    force: true,
  })
  return startServer({
    command: path.join(checkout, 'node_modules', '.bin', 'next'),
    args: ['start', checkout, '-p', port],
    env: { ...env, NODE_ENV: 'production', PORT: port, READ_CACHE_TTL_SECONDS: '0' },
    origin,
    probe: '/api/categories?limit=1',
    cwd: checkout,
  })
}

type Measured = LoadResult & { load1: number }
/** Every run of each checkout, server and scenario, in the order they ran. */
const runs: Record<string, Record<Server, Record<string, Measured[]>>> = Object.fromEntries(
  checkouts.map(({ name }) => [name, { 'app, no cache': {}, 'raw node:http': {} }]),
)
const loadAverages: number[] = []
/** Written after each run: a run stopped half-way keeps what it measured. */
const runsFile = path.join(root, 'bench', 'search-compare.json')

const measure = async (checkout: Checkout, server: Server) => {
  console.log(`${checkout.name} (${checkout.folder}) — ${server}`)
  const running = await start(checkout, server)
  try {
    for (const scenario of scenarios) {
      // A search that finds nothing is fast and proves nothing (a data set without its site did).
      for (const requestPath of scenario.paths) {
        const response = await fetch(running.origin + requestPath)
        const { docs } = (await response.json()) as { docs?: unknown[] }
        if (!response.ok || !docs?.length) {
          throw new Error(
            `${checkout.name} ${server}: ${requestPath} answered ${response.status}, no articles`,
          )
        }
      }
      const run = (runSeconds: number) =>
        load({ origin: running.origin, paths: scenario.paths, connections, seconds: runSeconds })
      await run(2)
      const load1 = os.loadavg()[0] ?? 0
      loadAverages.push(load1)
      const result = { ...(await run(seconds)), load1 }
      const byScenario = runs[checkout.name]?.[server]
      if (byScenario) (byScenario[scenario.name] ??= []).push(result)
      writeFileSync(runsFile, JSON.stringify(runs, null, 2))
      console.log(
        `  ${scenario.name}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, load ${load1.toFixed(1)}`,
      )
    }
  } finally {
    await running.stop()
  }
}

for (let round = 0; round < rounds; round += 1) {
  const order = round % 2 ? [...checkouts].reverse() : checkouts
  for (const server of SERVERS) for (const checkout of order) await measure(checkout, server)
}

/** The median of the runs (two runs: their mean), so that one disturbed run weighs half. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const KEYS = ['requestsPerSecond', 'p50Ms', 'p99Ms'] as const
const figure = (measured: Measured[], key: (typeof KEYS)[number]) =>
  median(measured.map((result) => result[key]))
const ratio = (now: number, before: number) => (before ? `${(now / before).toFixed(2)}×` : '–')

const [baseline] = checkouts
const rows = scenarios.flatMap(({ name }) =>
  SERVERS.flatMap((server) =>
    checkouts.map((checkout) => {
      const [before, now] = [baseline, checkout].map(
        (one) => (one && runs[one.name]?.[server]?.[name]) || [],
      ) as [Measured[], Measured[]]
      const cells = KEYS.map((key) => String(Math.round(figure(now, key))))
      const ratios = KEYS.map((key) =>
        checkout === baseline ? '' : ratio(figure(now, key), figure(before, key)),
      )
      const errors = now.reduce((sum, result) => sum + result.errors, 0)
      const non2xx = now.reduce((sum, result) => sum + result.non2xx, 0)
      return `| ${name} | ${server} | ${checkout.name} | ${[...cells, ...ratios].join(' | ')} | ${errors} / ${non2xx} |`
    }),
  ),
)
const machine = `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, SQLite`
const command = [
  `--baseline ${baseline?.folder}`,
  ...checkouts.slice(1, -1).map(({ folder }) => `--checkout ${folder}`),
].join(' ')
const [low, high] = [Math.min(...loadAverages), Math.max(...loadAverages)]
const section = [
  '<!-- search comparison -->',
  '',
  `## Search, before and after its rewrite (${new Date().toISOString().slice(0, 10)})`,
  '',
  `\`npm run bench:search -- ${command}\` from ${root} (${machine}): ${rounds} rounds, the checkouts alternating, each query ${seconds} s at ${connections} connections after a 2 s warm-up; the figures are the median of the rounds. 1-minute load average during the runs ${low.toFixed(1)}–${high.toFixed(1)} on ${os.cpus().length} cores. "÷ ${baseline?.name}": the checkout's figure over the baseline's in the same run (req/s above 1 is faster, p50 and p99 below 1 are faster).`,
  '',
  `| query | server | checkout | req/s | p50 ms | p99 ms | req/s ÷ ${baseline?.name} | p50 ÷ ${baseline?.name} | p99 ÷ ${baseline?.name} | errors / non-2xx |`,
  '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  '<!-- /search comparison -->',
].join('\n')

const resultsFile = path.join(root, 'bench', 'RESULTS.md')
const current = readFileSync(resultsFile, 'utf8')
const block = /<!-- search comparison -->[\s\S]*<!-- \/search comparison -->/
const updated = block.test(current)
  ? current.replace(block, section)
  : `${current.trimEnd()}\n\n${section}\n`
writeFileSync(
  resultsFile,
  await format(updated, { ...(await resolveConfig(resultsFile)), filepath: resultsFile }),
)
console.log(section)
