import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { LoadResult } from './load'

export type SizeResult = {
  articles: number
  servers: Record<string, Record<string, LoadResult & { counted?: number }>>
}

const RAW = 'raw node:http'
/** Hand-written analysis below this line survives a new run. */
const NOTES_MARKER = '<!-- notes: kept across runs -->'

const ratio = (app: LoadResult | undefined, raw: LoadResult | undefined) =>
  app && raw && app.requestsPerSecond
    ? (raw.requestsPerSecond / app.requestsPerSecond).toFixed(2)
    : '–'

/** `bench/results.json` (every figure) and `bench/RESULTS.md` (the tables and the targets). */
export const writeReport = ({
  root,
  results,
  mainSize,
  connections,
  seconds,
  database,
}: {
  root: string
  results: SizeResult[]
  mainSize: number
  connections: number
  seconds: number
  database: string
}) => {
  const machine = {
    date: new Date().toISOString(),
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    database,
    connections,
    secondsPerRun: seconds,
  }
  writeFileSync(
    path.join(root, 'bench', 'results.json'),
    `${JSON.stringify({ machine, results }, null, 2)}\n`,
  )

  const lines = [
    '# Benchmark results',
    '',
    `One run of \`npm run bench\` on ${machine.date.slice(0, 10)}: ${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}, ${database}; autocannon with ${connections} connections, ${seconds} s per measurement after a 2 s warm-up, on the same machine as the servers. "× raw" is the raw server's requests per second divided by the app's (1.00 = as fast as the raw server).`,
    '',
  ]
  for (const size of results) {
    lines.push(`## ${size.articles.toLocaleString('en')} articles`, '')
    lines.push(
      '| query | server | req/s | p50 ms | p99 ms | × raw | errors / non-2xx |',
      '|---|---|---:|---:|---:|---:|---:|',
    )
    const scenarios = Object.keys(Object.values(size.servers)[0] ?? {})
    for (const scenario of scenarios) {
      for (const [server, byScenario] of Object.entries(size.servers)) {
        const result = byScenario[scenario]
        if (!result) continue
        const counted =
          result.counted === undefined ? '' : ` (${result.ok} answered, ${result.counted} counted)`
        lines.push(
          `| ${scenario} | ${server} | ${result.requestsPerSecond} | ${result.p50Ms} | ${result.p99Ms} | ${server === RAW ? '' : ratio(result, size.servers[RAW]?.[scenario])} | ${result.errors} / ${result.non2xx}${counted} |`,
        )
      }
    }
    lines.push('')
  }
  const smallest = results[0]
  const largest = results.at(-1)
  const main = results.find((size) => size.articles === mainSize)
  if (smallest && largest && smallest !== largest) {
    lines.push(
      `## Growth from ${smallest.articles.toLocaleString('en')} to ${largest.articles.toLocaleString('en')} articles (p99, target ≤ 1.2×)`,
      '',
    )
    lines.push('| query | server | p99 small | p99 large | growth |', '|---|---|---:|---:|---:|')
    for (const [server, byScenario] of Object.entries(largest.servers)) {
      for (const [scenario, result] of Object.entries(byScenario)) {
        const before = smallest.servers[server]?.[scenario]
        if (!before) continue
        lines.push(
          `| ${scenario} | ${server} | ${before.p99Ms} | ${result.p99Ms} | ${(result.p99Ms / Math.max(before.p99Ms, 1)).toFixed(2)}× |`,
        )
      }
    }
    lines.push('')
  }
  if (main) {
    const views =
      main.servers['app, read cache']?.['view counter'] ??
      main.servers['app, no cache']?.['view counter']
    if (views?.counted !== undefined) {
      lines.push(
        `View counter at ${mainSize.toLocaleString('en')} articles: ${views.requestsPerSecond} increments/s; ${views.ok} answered 2xx, ${views.counted} added to the articles' counts (requests still in flight when the run stops may be counted without an answer; none answered may be missing).`,
        '',
      )
    }
  }
  const file = path.join(root, 'bench', 'RESULTS.md')
  const notes = existsSync(file) ? readFileSync(file, 'utf8').split(NOTES_MARKER)[1] : undefined
  lines.push(NOTES_MARKER, notes?.trim() ? `\n${notes.trim()}\n` : '')
  writeFileSync(file, lines.join('\n'))
}
