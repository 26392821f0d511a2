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
 * `npm run bench:search -- --baseline <checkout>`: the search of this checkout against another
 * (an older commit, its `.next-bench` built and its `bench/data` grown by its own `npm run bench`
 * or bench/generate.ts), in one run: the uncached app and the raw server of each, alternating
 * (baseline, this, this, baseline… so that a change in the machine's load weighs on both), each
 * loaded with the benchmark's search mix and with single queries. The figures and their ratio
 * this ÷ baseline go to bench/RESULTS.md, between the search comparison markers.
 */
const { values: options } = parseArgs({
  options: {
    baseline: { type: 'string' },
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
const checkouts = { old: path.resolve(options.baseline), new: root }
type Side = keyof typeof checkouts
const SERVERS = ['app, no cache', 'raw node:http'] as const
type Server = (typeof SERVERS)[number]

const SINGLE_QUERIES = ['chuyển đổi số', 'bac kan', 'huyện', 'hội nghị']
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

const start = async (side: Side, server: Server): Promise<Running> => {
  const checkout = checkouts[side]
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
/** Every run of each side, server and scenario, in the order they ran. */
const runs: Record<Side, Record<Server, Record<string, Measured[]>>> = {
  old: { 'app, no cache': {}, 'raw node:http': {} },
  new: { 'app, no cache': {}, 'raw node:http': {} },
}
const loadAverages: number[] = []

const measure = async (side: Side, server: Server) => {
  console.log(`${side} (${checkouts[side]}) — ${server}`)
  const running = await start(side, server)
  try {
    for (const scenario of scenarios) {
      const run = (runSeconds: number) =>
        load({ origin: running.origin, paths: scenario.paths, connections, seconds: runSeconds })
      await run(2)
      const load1 = os.loadavg()[0] ?? 0
      loadAverages.push(load1)
      const result = { ...(await run(seconds)), load1 }
      ;(runs[side][server][scenario.name] ??= []).push(result)
      console.log(
        `  ${scenario.name}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, load ${load1.toFixed(1)}`,
      )
    }
  } finally {
    await running.stop()
  }
}

for (let round = 0; round < rounds; round += 1) {
  const order: Side[] = round % 2 ? ['new', 'old'] : ['old', 'new']
  for (const server of SERVERS) for (const side of order) await measure(side, server)
}

/** The median of the runs (two runs: their mean), so that one disturbed run weighs half. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const figure = (measured: Measured[], key: 'requestsPerSecond' | 'p50Ms' | 'p99Ms') =>
  median(measured.map((result) => result[key]))
const ratio = (now: number, before: number) => (before ? `${(now / before).toFixed(2)}×` : '–')

const rows = SERVERS.flatMap((server) =>
  scenarios.map(({ name }) => {
    const [before, now] = [runs.old[server][name] ?? [], runs.new[server][name] ?? []]
    const cells = (['requestsPerSecond', 'p50Ms', 'p99Ms'] as const).flatMap((key) => [
      String(Math.round(figure(before, key))),
      String(Math.round(figure(now, key))),
      ratio(figure(now, key), figure(before, key)),
    ])
    const errors = [...before, ...now].reduce((sum, result) => sum + result.errors, 0)
    const non2xx = [...before, ...now].reduce((sum, result) => sum + result.non2xx, 0)
    return `| ${name} | ${server} | ${cells.join(' | ')} | ${errors} / ${non2xx} |`
  }),
)
const machine = `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, SQLite`
const [low, high] = [Math.min(...loadAverages), Math.max(...loadAverages)]
const section = [
  '<!-- search comparison -->',
  '',
  `## Search, old against new (${new Date().toISOString().slice(0, 10)})`,
  '',
  `\`npm run bench:search -- --baseline ${checkouts.old}\` (${machine}): ${rounds} rounds, old and new alternating, each query ${seconds} s at ${connections} connections after a 2 s warm-up; the figures are the median of the rounds. 1-minute load average during the runs ${low.toFixed(1)}–${high.toFixed(1)} on ${os.cpus().length} cores. "new ÷ old": req/s above 1 is faster, p50 and p99 below 1 are faster.`,
  '',
  '| query | server | req/s old | req/s new | new ÷ old | p50 old | p50 new | new ÷ old | p99 old | p99 new | new ÷ old | errors / non-2xx |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
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
writeFileSync(path.join(root, 'bench', 'search-compare.json'), JSON.stringify(runs, null, 2))
console.log(section)
