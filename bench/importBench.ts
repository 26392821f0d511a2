import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

/**
 * `npm run bench:import [-- --files 1000]`: a folder of legacy articles (the five samples, the
 * corpus's development articles and the saved portal page, each copy with a title of its own)
 * on a fresh SQLite database, timed three ways: parsing alone, parse-and-plan (the dry run,
 * target ≥ 200 articles/s) and the real import with the progress bar, summary and editors' CSV.
 * Figures go to bench/import-results.md.
 */
const { values: options } = parseArgs({
  options: { files: { type: 'string', default: '1000' } },
})
const fileCount = Number(options.files)
const root = path.resolve(import.meta.dirname, '..')
const work = mkdtempSync(path.join(tmpdir(), 'toasoan-import-bench-'))
process.env.DATABASE_URI = `file:${path.join(work, 'bench.db')}`
process.env.MEDIA_DIR = path.join(work, 'media')
process.env.PAYLOAD_SECRET ??= 'toasoan-import-bench'
process.env.TOASOAN_SEED = 'off'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { expandPaths, importFiles } = await import('@/import/importFiles')
const { importReportCsv } = await import('@/import/importReportCsv')
const { parseArticle } = await import('@/import/parseArticle')
const { parseHtmlArticle } = await import('@/import/parseHtmlArticle')
const { normalizeVietnamese } = await import('@/import/vietnameseText')

type Source = { text: string; isHtml: boolean }

const seedsDir = path.join(root, 'src/seed/fixtures')
const corpusDir = path.join(root, 'tests/fixtures/import-corpus/articles')
const sources: Source[] = [
  ...readdirSync(seedsDir).map((name) => ({
    text: readFileSync(path.join(seedsDir, name), 'utf8'),
    isHtml: false,
  })),
  // Development articles only: the held-out part is for the scorer alone.
  ...readdirSync(corpusDir)
    .filter((name) => name.endsWith('.json'))
    .filter((name) => JSON.parse(readFileSync(path.join(corpusDir, name), 'utf8')).split === 'dev')
    .map((name) => ({
      text: readFileSync(path.join(corpusDir, name.replace(/\.json$/u, '.txt')), 'utf8'),
      isHtml: false,
    })),
  {
    text: readFileSync(path.join(root, 'tests/fixtures/import-html/002-portal.html'), 'utf8'),
    isHtml: true,
  },
]

/**
 * Copy n of a source, told apart by its title so that each is an article of its own: every line
 * holding the title as the parser reads it (a portal may print it twice, or after a "date" prefix)
 * gets the copy's number in front, where a long title's cut slug still differs.
 */
const copyOf = ({ text, isHtml }: Source, n: number): string => {
  if (isHtml) return text.replace(/(<h1[^>]*>)([^<]*)/u, `$1Bản ${n}: $2`)
  const { title } = parseArticle(text)
  const lines = text.split(/\r?\n/u).map(normalizeVietnamese)
  const holdsTitle = (line: string) => line.startsWith(title) || line.endsWith(title)
  if (!lines.some(holdsTitle)) return `Bản ${n}\n${text}`
  return lines
    .map((line) => (holdsTitle(line) ? line.replace(title, `Bản ${n}: ${title}`) : line))
    .join('\n')
}

const folder = path.join(work, 'articles')
mkdirSync(folder)
for (let n = 0; n < fileCount; n++) {
  const source = sources[n % sources.length]
  const name = `${String(n).padStart(4, '0')}.${source.isHtml ? 'html' : 'txt'}`
  writeFileSync(path.join(folder, name), copyOf(source, n))
}
const files = expandPaths([folder])

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000)
const time = async <T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = performance.now()
  const value = await run()
  return { ms: performance.now() - start, value }
}

const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }))
const parseAll = () => {
  let failed = 0
  for (const { file, text } of texts) {
    try {
      if (file.endsWith('.html')) parseHtmlArticle(text)
      else parseArticle(text)
    } catch {
      failed += 1
    }
  }
  return failed
}
parseAll()
const parseRuns = [await time(parseAll), await time(parseAll), await time(parseAll)]
const parse = parseRuns.reduce((best, run) => (run.ms < best.ms ? run : best))

const payload = await getPayload({ config })
const plan = await time(() => importFiles({ payload, files, dryRun: true }))

let lastDraw = 0
const progress = (done: number, total: number) => {
  if (done !== total && performance.now() - lastDraw < 200) return
  lastDraw = performance.now()
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`)
  if (done === total) process.stderr.write('\n')
}
const full = await time(() => importFiles({ payload, files, onProgress: progress }))
const csv = importReportCsv(full.value)
const csvFile = path.join(work, 'import-report.csv')
writeFileSync(csvFile, csv)
const again = await time(() => importFiles({ payload, files }))
await payload.destroy()

const imported = full.value.outcomes.filter((outcome) => outcome.status === 'imported').length
// A copy whose changed line is page chrome reads as the same article as an earlier copy.
const sameAsEarlier = full.value.outcomes.filter((outcome) => outcome.status === 'unchanged').length
const unchanged = again.value.outcomes.filter((outcome) => outcome.status === 'unchanged').length
const toCheck = full.value.reviews.reduce((sum, review) => sum + review.warnings.length, 0)
const planRate = perSecond(files.length, plan.ms)
/** The distinct reasons files failed for, with how many. */
const failureReasons = () => {
  const reasons = new Map<string, number>()
  for (const { reason } of full.value.failures) {
    const key = reason.replace(/^[^:]*: /u, '')
    reasons.set(key, (reasons.get(key) ?? 0) + 1)
  }
  return reasons.size === 0
    ? ''
    : ` (${[...reasons].map(([reason, count]) => `${count} × ${reason}`).join('; ')})`
}
const rows = [
  ['Parse only (best of 3)', files.length, parse.ms, perSecond(files.length, parse.ms), '—'],
  [
    'Parse and plan (dry run, one database count per file)',
    files.length,
    plan.ms,
    planRate,
    '≥ 200',
  ],
  [
    'Full import (units, officials, people, meeting, article)',
    files.length,
    full.ms,
    perSecond(files.length, full.ms),
    '—',
  ],
  [
    'Import again (every file found, nothing written)',
    files.length,
    again.ms,
    perSecond(files.length, again.ms),
    '—',
  ],
]
const report = `# Import benchmark

Written by \`npm run bench:import -- --files ${fileCount}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, SQLite in a temporary folder, load average ${loadavg()
  .map((load) => load.toFixed(1))
  .join(' / ')} at the end (other work on the machine slows every figure).
The folder holds ${files.length} files made from ${sources.length} sources (the five samples, the corpus's development articles and the saved portal page of tests/fixtures/import-html), each copy with a title of its own.

| Step | Files | Time (ms) | Articles/s | Target |
|---|---:|---:|---:|---:|
${rows.map(([step, count, ms, rate, target]) => `| ${step} | ${count} | ${Math.round(Number(ms))} | ${rate} | ${target} |`).join('\n')}

- Parse and plan: **${planRate} articles/s**, target ≥ 200 — ${planRate >= 200 ? 'met' : 'MISSED'}.
- Full import: ${imported} imported, ${sameAsEarlier} found already imported (copies that differ only in page chrome read as the same article), ${full.value.failures.length} failed${failureReasons()}; the editors' CSV has ${csv.trimEnd().split('\r\n').length - 1} rows for ${toCheck} points to check.
- Imported again: ${unchanged} of ${files.length} found unchanged.
`
writeFileSync(path.join(root, 'bench', 'import-results.md'), report)
console.log(report)
rmSync(work, { recursive: true, force: true })
process.exit(0)
