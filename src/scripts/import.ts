import { writeFileSync } from 'node:fs'

import { getPayload } from 'payload'

import config from '@payload-config'

import { expandPaths, importFiles } from '../import/importFiles'
import { importReportCsv } from '../import/importReportCsv'

const args = process.argv.slice(2)
const reportArg = args.find((arg) => arg.startsWith('--report='))
const flags = new Set(args.filter((arg) => arg.startsWith('--') && arg !== reportArg))
const paths = args.filter((arg) => !arg.startsWith('--'))
const unknown = [...flags].filter((flag) => !['--publish', '--dry-run'].includes(flag))
if (!paths.length || unknown.length || reportArg === '--report=') {
  console.error(
    'Usage: npm run import -- <.txt/.html files or folders> [--publish] [--dry-run] [--report=import-report.csv]',
  )
  process.exit(2)
}
/** The editors' CSV of every article's uncertain points. */
const reportFile = reportArg?.slice('--report='.length) ?? 'import-report.csv'

/** A progress bar on stderr, so that stdout stays clean JSON for --dry-run. */
const progress = (done: number, total: number, file: string) => {
  if (total < 2) return
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${file.slice(-40).padEnd(40)}`,
  )
  if (done === total) process.stderr.write('\n')
}

const files = expandPaths(paths)
const payload = await getPayload({ config })
const report = await importFiles({
  payload,
  files,
  publish: flags.has('--publish'),
  dryRun: flags.has('--dry-run'),
  onProgress: progress,
})

if (flags.has('--dry-run')) console.log(JSON.stringify(report.plans, null, 2))
writeFileSync(reportFile, importReportCsv(report))
const total = (key: 'created' | 'reused') =>
  report.outcomes.reduce<Record<string, number>>((sum, outcome) => {
    for (const [name, value] of Object.entries(outcome[key])) sum[name] = (sum[name] ?? 0) + value
    return sum
  }, {})
console.error(
  JSON.stringify(
    {
      files: files.length,
      imported: report.outcomes.filter((outcome) => outcome.status === 'imported').length,
      unchanged: report.outcomes.filter((outcome) => outcome.status === 'unchanged').length,
      planned: report.plans.length,
      created: total('created'),
      reused: total('reused'),
      failed: report.failures,
      toCheck: report.reviews.reduce((sum, review) => sum + review.warnings.length, 0),
      report: reportFile,
    },
    null,
    2,
  ),
)
await payload.destroy()
process.exit(report.failures.length ? 1 : 0)
