import { getPayload } from 'payload'

import { dropSearchIndex, ensureSearchIndex } from '@/database/sqlite/searchIndex'
import { sqliteClientOf } from '@/database/sqlite/sqliteClientOf'
import { sampleSiteSettings } from '@/seed/sampleContent'
import config from '@payload-config'

import { growArticles } from './dataset/growArticles'
import { seededRandom } from './dataset/random'
import { referenceData } from './dataset/referenceData'
import { writeSamples } from './samples'

/**
 * `tsx bench/generate.ts <articles> <samples.json>`: grows the database DATABASE_URI names to that
 * many articles and picks the samples the load will ask for. Runs in production, so that the
 * committed migrations create the schema of an empty SQLite file as they do for `next start`.
 */
const target = Number(process.argv[2])
const samplesFile = process.argv[3]
if (!Number.isInteger(target) || target < 1 || !samplesFile) {
  throw new Error('Usage: tsx bench/generate.ts <articles> <samples.json>')
}

const payload = await getPayload({ config })
const reference = await referenceData(payload, seededRandom(2020))
// The portal's header and footer need the site's name (the seed gives it to a new installation).
if (!(await payload.findGlobal({ slug: 'site-settings', depth: 0 })).name) {
  await payload.updateGlobal({ slug: 'site-settings', data: sampleSiteSettings })
}
const started = Date.now()
const count = (done: number) => done.toLocaleString('en')
// On SQLite the search index's triggers would add each article to six FTS5 tables in a
// transaction of its own (most of an hour for 50,000): it is dropped while the set grows and
// built again in one pass, as the first start after a migration builds it.
const sqliteClient = payload.db.name === 'sqlite' ? sqliteClientOf(payload.db) : undefined
if (sqliteClient) await dropSearchIndex(sqliteClient)
await growArticles(payload, reference, target, (done) =>
  process.stdout.write(`\r  ${count(done)} / ${count(target)} articles`),
)
if (sqliteClient) await ensureSearchIndex(sqliteClient)
const seconds = ((Date.now() - started) / 1000).toFixed(0)
process.stdout.write(`\r  ${count(target)} articles (${seconds} s)\n`)
await writeSamples(payload, samplesFile)
await payload.destroy()
process.exit(0)
