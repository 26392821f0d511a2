import { readdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { expandPaths, importFiles } from '@/import/importFiles'
import { importReportCsv } from '@/import/importReportCsv'
import { seed } from '@/seed/seed'

import { testPayload } from '../helpers/payload'

const fixtures = path.resolve(import.meta.dirname, '../../src/seed/fixtures')
const page = path.resolve(import.meta.dirname, '../fixtures/import-html/002-portal.html')
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload)
})

describe('importing the sample articles over the sample content', () => {
  it('should find the five seeded articles, as text and as a saved page, and create nothing', async () => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const progress: number[] = []
    const report = await importFiles({
      payload,
      files: [...expandPaths([fixtures]), page],
      onProgress: (done) => progress.push(done),
    })
    expect(report.failures).toEqual([])
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(Array(6).fill('unchanged'))
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
    const slugs = (await payload.find({ collection: 'articles', limit: 100, depth: 0 })).docs.map(
      (doc) => doc.slug,
    )
    expect(slugs.filter((slug) => /-2$/u.test(slug ?? ''))).toEqual([])
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it("should list every article's points to check in the editors' CSV", async () => {
    const report = await importFiles({ payload, files: expandPaths([fixtures]), dryRun: true })
    const csv = importReportCsv(report)
    expect(csv.startsWith('\uFEFFTệp,Tiêu đề,Kết quả,Mục cần kiểm tra,Nội dung\r\n')).toBe(true)
    for (const name of readdirSync(fixtures)) expect(csv).toContain(name)
    expect(csv).toContain('Người chủ trì')
    expect(report.reviews.map((review) => review.status)).toEqual(Array(5).fill('planned'))
  })
})
