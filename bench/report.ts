import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { format, resolveConfig } from 'prettier'

import type { LoadResult } from './load'
import type { PortalResult } from './portalPages'

export type SizeResult = {
  articles: number
  servers: Record<string, Record<string, LoadResult & { counted?: number }>>
}

const RAW = 'raw node:http'
/** Hand-written analysis below this line survives a new run. */
const NOTES_MARKER = '<!-- notes: kept across runs -->'
/** The portal's tables start here: a run of one half (`--only`) keeps the other half's. */
const PORTAL_MARKER = '<!-- portal pages -->'
/** The issue's target: a page costs at most this many times the query behind it. */
const PORTAL_TARGET = 1.5

const ratio = (app: LoadResult | undefined, raw: LoadResult | undefined) =>
  app && raw && app.requestsPerSecond
    ? (raw.requestsPerSecond / app.requestsPerSecond).toFixed(2)
    : '–'

type Machine = {
  date: string
  cpus: string
  memoryGb: number
  node: string
  database: string
  connections: number
  secondsPerRun: number
}

/** The API's tables: each size's queries on each server, growth, the view counter. */
const apiLines = ({
  results,
  mainSize,
  machine,
}: {
  results: SizeResult[]
  mainSize: number
  machine: Machine
}) => {
  const lines = [
    '# Benchmark results',
    '',
    `One run of \`npm run bench\` on ${machine.date.slice(0, 10)}: ${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.database}; autocannon with ${machine.connections} connections, ${machine.secondsPerRun} s per measurement after a 2 s warm-up, on the same machine as the servers. "× raw" is the raw server's requests per second divided by the app's (1.00 = as fast as the raw server).`,
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
  return lines
}

/** The portal's pages beside their queries, and each ratio against the target. */
const portalLines = ({
  portal,
  machine,
  mainSize,
}: {
  portal: PortalResult
  machine: Machine
  mainSize: number
}) => {
  const loads = Object.values(portal).map((pair) => pair.load)
  const lines = [
    `## Portal pages beside the API queries behind them (${mainSize.toLocaleString('en')} articles)`,
    '',
    `Measured in one run on ${machine.date.slice(0, 10)}: ${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.database}. One \`next start\` as deployed (read cache on its default 60 s, the portal reading the API on itself), each page's GraphQL query (the portal's own document and variables, POST /api/graphql) measured first, then the page (GET, the HTML a reader receives), on every sampled page warm. The machine was shared: its 1-minute load average before the runs was ${loads.join(' and ')} on ${machine.cpus.split(' ')[0]} cores.`,
    '',
    '| page | measured | req/s | p50 ms | p99 ms | errors / non-2xx |',
    '|---|---|---:|---:|---:|---:|',
  ]
  for (const [name, { page, api }] of Object.entries(portal)) {
    for (const [label, result] of [
      ['API query', api],
      ['page', page],
    ] as const) {
      lines.push(
        `| ${name} | ${label} | ${result.requestsPerSecond} | ${result.p50Ms} | ${result.p99Ms} | ${result.errors} / ${result.non2xx} |`,
      )
    }
  }
  const times = (slow: number, fast: number) => (fast ? slow / fast : Infinity)
  lines.push(
    '',
    `Cost of the page over its query (target ≤ ${PORTAL_TARGET}×): p50 and p99 page ÷ query, req/s query ÷ page.`,
    '',
    '| page | p50 | p99 | req/s | verdict |',
    '|---|---:|---:|---:|---|',
  )
  for (const [name, { page, api }] of Object.entries(portal)) {
    const ratios = [
      times(page.p50Ms, api.p50Ms),
      times(page.p99Ms, api.p99Ms),
      times(api.requestsPerSecond, page.requestsPerSecond),
    ]
    const verdict = ratios.every((ratio) => ratio <= PORTAL_TARGET) ? 'met' : 'missed'
    lines.push(
      `| ${name} | ${ratios.map((ratio) => `${ratio.toFixed(2)}×`).join(' | ')} | ${verdict} |`,
    )
  }
  lines.push('')
  return lines
}

/**
 * `bench/results.json` (every figure) and `bench/RESULTS.md` (the tables and the targets). A half
 * not measured in this run (`results` or `portal` undefined) keeps its figures from the last run.
 */
export const writeReport = async ({
  root,
  results,
  portal,
  mainSize,
  connections,
  seconds,
  database,
}: {
  root: string
  results?: SizeResult[]
  portal?: PortalResult
  mainSize: number
  connections: number
  seconds: number
  database: string
}) => {
  const machine: Machine = {
    date: new Date().toISOString(),
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    database,
    connections,
    secondsPerRun: seconds,
  }
  const jsonFile = path.join(root, 'bench', 'results.json')
  const previous = existsSync(jsonFile)
    ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, unknown>)
    : {}
  writeFileSync(
    jsonFile,
    `${JSON.stringify(
      {
        ...previous,
        ...(results ? { machine, results } : {}),
        ...(portal ? { portal: { machine, pages: portal } } : {}),
      },
      null,
      2,
    )}\n`,
  )
  const file = path.join(root, 'bench', 'RESULTS.md')
  const [generated = '', notes] = existsSync(file)
    ? readFileSync(file, 'utf8').split(NOTES_MARKER)
    : []
  const [previousApi = '', previousPortal = ''] = generated.split(PORTAL_MARKER)
  const portalPart = portal
    ? portalLines({ portal, machine, mainSize }).join('\n')
    : previousPortal.trim()

  const apiPart = results ? apiLines({ results, mainSize, machine }).join('\n') : previousApi.trim()
  const markdown = [
    apiPart,
    '',
    PORTAL_MARKER,
    '',
    portalPart,
    '',
    NOTES_MARKER,
    notes?.trim() ? `\n${notes.trim()}\n` : '',
  ].join('\n')
  // Formatted as `npm run lint` checks it.
  writeFileSync(file, await format(markdown, { ...(await resolveConfig(file)), filepath: file }))
}
