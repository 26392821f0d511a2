import { BasePayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { sqliteClientOf } from '@/database/sqlite/sqliteClientOf'
import config from '@payload-config'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

// MongoDB plans its queries by trying them; only SQLite needs statistics.
describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('SQLite query-planner statistics', () => {
  it('should be refreshed at connect, so that ten articles by id are looked up, not scanned for', async () => {
    for (let index = 0; index < 300; index += 1) {
      await payload.db.create({
        collection: 'articles',
        data: {
          title: `Tin ${index}`,
          slug: `tin-${index}`,
          _status: index % 10 ? 'published' : 'draft',
        },
        returning: false,
      })
    }
    const restarted = await new BasePayload().init({ config })
    onTestFinished(() => restarted.destroy())
    const client = sqliteClientOf(restarted.db)
    const stats = await client.execute(
      `SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'articles'`,
    )
    expect(Number(stats.rows[0]?.n)).toBeGreaterThan(0)
    // The shape of Payload's anonymous read of a search page: ids, and published only.
    const plan = await client.execute(
      `EXPLAIN QUERY PLAN SELECT id FROM articles WHERE id IN ('a', 'b', 'c') AND _status = 'published'`,
    )
    expect(plan.rows.map((row) => String(row.detail)).join('\n')).toMatch(
      /sqlite_autoindex_articles_1 \(id=\?\)/,
    )
  })
})
