import { rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { growArticles } from './dataset/growArticles'
import { seededRandom } from './dataset/random'
import { referenceData } from './dataset/referenceData'
import { writeSitesReport, type SitesResult } from './manySitesReport'

/**
 * `npm run bench:sites [-- --articles 50000 --sites 20 --requests 150]`: the cost of a site's
 * category page when `--sites` sites share `--articles` articles, against the same page when one
 * site holds them all, in one run on one database. In-process, through the REST route handler Next
 * serves at /api (host routing, access, the site's indexes: all of the read path but the socket),
 * the read cache off, one request at a time: what is measured is what one page costs the server.
 */
const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    sites: { type: 'string', default: '20' },
    requests: { type: 'string', default: '150' },
    // Grow the data set left by an interrupted run instead of starting again.
    resume: { type: 'boolean', default: false },
  },
})
const articleCount = Number(options.articles)
const siteCount = Number(options.sites)
const requestCount = Number(options.requests)

const root = path.resolve(import.meta.dirname, '..')
const dataDir = path.join(root, 'bench', 'data')
const databaseFile = path.join(dataDir, 'many-sites.db')
if (!options.resume) {
  rmSync(databaseFile, { force: true })
  rmSync(`${databaseFile}-wal`, { force: true })
  rmSync(`${databaseFile}-shm`, { force: true })
}
Object.assign(process.env, {
  DATABASE_URI: `file:${databaseFile}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
  PAYLOAD_SECRET: 'toasoan-bench-secret',
  TOASOAN_SEED: 'off',
  READ_CACHE_TTL_SECONDS: '0',
  NEXT_TELEMETRY_DISABLED: '1',
})

// After the environment: the config reads it when it is imported.
const { getPayload } = await import('payload')
const { REST_GET } = await import('@payloadcms/next/routes')
const { default: config } = await import('@payload-config')
const { sqliteClientOf } = await import('@/database/sqlite/sqliteClientOf')

const hostOf = (index: number) => `site-${index + 1}.bench.vn`

const makeSites = async (payload: Payload): Promise<string[]> => {
  const { docs: existing } = await payload.find({
    collection: 'sites',
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  if (existing.length) return existing.map((site) => site.id)
  const ids: string[] = []
  for (let index = 0; index < siteCount; index++) {
    const site = await payload.create({
      collection: 'sites',
      data: {
        name: index === 0 ? 'Cổng tỉnh' : `Cổng thành phần ${index + 1}`,
        slug: `site-${index + 1}`,
        languages: ['vi'],
        hosts: [{ host: hostOf(index) }],
        parent: index === 0 ? undefined : ids[0],
      },
    })
    ids.push(site.id)
  }
  return ids
}

type CategoryRow = { id: string; name: string; slug: string; parent: string | null }

/**
 * The first site's category tree again on every other site, each with slugs of its own (those
 * of an interrupted run reused).
 */
const copyCategories = async (payload: Payload, sites: string[]) => {
  const { docs } = await payload.find({
    collection: 'categories',
    where: { site: { equals: sites[0] } },
    pagination: false,
    sort: 'createdAt',
    depth: 0,
  })
  const originals: CategoryRow[] = docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    slug: doc.slug ?? '',
    parent: typeof doc.parent === 'object' ? (doc.parent?.id ?? null) : (doc.parent ?? null),
  }))
  const copies = new Map<string, string>()
  for (const [index, site] of sites.entries()) {
    if (index === 0) continue
    for (const category of originals) {
      const slug = `${category.slug}-${index + 1}`
      const { docs: found } = await payload.find({
        collection: 'categories',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
      })
      const copy =
        found[0] ??
        (await payload.create({
          collection: 'categories',
          data: {
            name: category.name,
            slug,
            site,
            parent: category.parent ? copies.get(`${site}:${category.parent}`) : undefined,
          },
        }))
      copies.set(`${site}:${category.id}`, copy.id)
    }
  }
  return { originals, copies }
}

type Timing = { meanMs: number; p50Ms: number; p95Ms: number; totalDocs: number }

const handler = REST_GET(config)

/** `requestCount` category pages (pages 1–3 in turn) of one host, one at a time. */
const timeCategoryPage = async (host: string, category: string): Promise<Timing> => {
  const ask = async (page: number) => {
    const url = new URL(
      `http://${host}/api/articles/latest?category=${category}&page=${page}&limit=20`,
    )
    const started = performance.now()
    const response = await handler(new Request(url, { headers: { host } }), {
      params: Promise.resolve({ slug: ['articles', 'latest'] }),
    })
    const json = (await response.json()) as { totalDocs?: number; docs?: unknown[] }
    const elapsed = performance.now() - started
    if (response.status !== 200 || !json.docs?.length) {
      throw new Error(
        `${host} ${url.pathname}${url.search}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`,
      )
    }
    return { elapsed, totalDocs: json.totalDocs ?? 0 }
  }
  for (let page = 1; page <= 3; page++) await ask(page)
  const times: number[] = []
  let totalDocs = 0
  for (let index = 0; index < requestCount; index++) {
    const answer = await ask((index % 3) + 1)
    times.push(answer.elapsed)
    totalDocs = answer.totalDocs
  }
  times.sort((a, b) => a - b)
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]
  const round = (value: number) => Math.round(value * 100) / 100
  return {
    meanMs: round(times.reduce((sum, time) => sum + time, 0) / times.length),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    totalDocs,
  }
}

const payload = await getPayload({ config })
const client = sqliteClientOf(payload.db)
console.log(`Sites: ${siteCount}`)
const sites = await makeSites(payload)
const reference = await referenceData(payload, seededRandom(2020))
const count = (done: number) => done.toLocaleString('en')
const growStarted = Date.now()
await growArticles(payload, reference, articleCount, (done) =>
  process.stdout.write(`\r  ${count(done)} / ${count(articleCount)} articles`),
)
process.stdout.write(
  `\r  ${count(articleCount)} articles (${Math.round((Date.now() - growStarted) / 1000)} s)\n`,
)

// One site holding every article, in the first site's categories: the single-site figure. The
// other sites' copies of the categories exist already, as in the many-sites figure.
const { originals, copies } = await copyCategories(payload, sites)
await client.execute({ sql: 'UPDATE articles SET site_id = ?', args: [sites[0]] })
for (const [key, copy] of copies) {
  await client.execute({
    sql: 'UPDATE articles SET category_id = ? WHERE category_id = ?',
    args: [key.split(':')[1] ?? '', copy],
  })
}
await client.execute('ANALYZE')
const { docs: roots } = await payload.find({
  collection: 'categories',
  where: { parent: { exists: false } },
  sort: 'createdAt',
  limit: 1,
  depth: 0,
})
const rootCategory = roots[0]?.slug ?? ''
console.log(`One site, ${count(articleCount)} articles: category "${rootCategory}"`)
const single = await timeCategoryPage(hostOf(0), rootCategory)
console.log(`  ${JSON.stringify(single)}`)

// The same articles spread over every site, each filed in its own site's copy of its category.
await client.execute('CREATE TEMP TABLE site_order (n INTEGER PRIMARY KEY, site_id TEXT)')
await client.execute('CREATE TEMP TABLE category_copy (site_id TEXT, original TEXT, copy TEXT)')
for (const [index, site] of sites.entries()) {
  await client.execute({ sql: 'INSERT INTO site_order VALUES (?, ?)', args: [index, site] })
  for (const category of originals) {
    const copy = index === 0 ? category.id : copies.get(`${site}:${category.id}`)
    await client.execute({
      sql: 'INSERT INTO category_copy VALUES (?, ?, ?)',
      args: [site, category.id, copy ?? category.id],
    })
  }
}
await client.execute(
  `UPDATE articles SET site_id = (SELECT site_id FROM site_order WHERE n = articles.rowid % ${siteCount})`,
)
await client.execute(`UPDATE articles SET category_id = (
  SELECT copy FROM category_copy c WHERE c.site_id = articles.site_id AND c.original = articles.category_id)`)
await client.execute('ANALYZE')

const measured: SitesResult['manySites'] = []
for (const index of [0, Math.floor(siteCount / 2), siteCount - 1]) {
  const category = index === 0 ? rootCategory : `${rootCategory}-${index + 1}`
  console.log(`${siteCount} sites: ${hostOf(index)}, category "${category}"`)
  const timing = await timeCategoryPage(hostOf(index), category)
  console.log(`  ${JSON.stringify(timing)}`)
  measured.push({ host: hostOf(index), ...timing })
}

const plan = await client.execute({
  sql: `EXPLAIN QUERY PLAN SELECT id FROM articles WHERE site_id = ? AND category_id IN (?) AND _status = 'published' ORDER BY published_at DESC LIMIT 20`,
  args: [sites[1], copies.values().next().value ?? ''],
})
writeSitesReport({
  root,
  articles: articleCount,
  sites: siteCount,
  requests: requestCount,
  single,
  manySites: measured,
  plan: plan.rows.map((row) => String(row.detail)),
})
await payload.destroy()
process.exit(0)
