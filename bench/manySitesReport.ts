import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'

type Timing = { meanMs: number; p50Ms: number; p95Ms: number; totalDocs: number }

export type SitesResult = {
  root: string
  articles: number
  sites: number
  requests: number
  single: Timing
  manySites: (Timing & { host: string })[]
  plan: string[]
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`

/** bench/RESULTS-sites.md: one run's figures, the target and how they were measured. */
export const writeSitesReport = (result: SitesResult) => {
  const { single } = result
  const rows = [
    `| one site holding all ${result.articles.toLocaleString('en')} | ${single.totalDocs} | ${single.meanMs} | ${single.p50Ms} | ${single.p95Ms} | 1.00× |`,
    ...result.manySites.map(
      (site) =>
        `| ${site.host} (of ${result.sites}) | ${site.totalDocs} | ${site.meanMs} | ${site.p50Ms} | ${site.p95Ms} | ${ratio(site.p50Ms, single.p50Ms)} |`,
    ),
  ]
  const worst = Math.max(...result.manySites.map((site) => site.p50Ms / single.p50Ms))
  const text = `# Many sites: a site's category page

One run of \`npm run bench:sites\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, SQLite (schema as Payload's development push makes it, the indexes of plugins/siteReads.ts included).

${result.sites} sites (one root, the others below it, each on its own host) share ${result.articles.toLocaleString('en')} generated articles (bench/dataset), each site with its own copy of the category tree. The same database first holds them all on one site: the single-site figure. The page is \`GET /api/articles/latest?category=<root category>&page=1…3&limit=20\` (the category and its sub-categories, with its total), asked with the site's \`Host\`, through the REST route handler Next serves at /api, in-process, the read cache off, ${result.requests} requests one at a time after a warm-up; times in ms.

| site | articles in the category | mean | p50 | p95 | p50 × one site |
| ---- | -----------------------: | ---: | --: | --: | -------------: |
${rows.join('\n')}

Target: a site's category page costs at most 1.2× the single-site figure. Worst here: ${worst.toFixed(2)}× — ${worst <= 1.2 ? 'met' : 'NOT met'}.

SQLite's plan for a site's category page (articles of one site and category, published, newest first):

\`\`\`
${result.plan.join('\n')}
\`\`\`
`
  writeFileSync(path.join(result.root, 'bench', 'RESULTS-sites.md'), text)
}
