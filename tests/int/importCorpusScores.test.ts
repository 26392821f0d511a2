import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseHtmlArticle } from '@/import/parseHtmlArticle'
import { readCorpus } from '@/import/readCorpus'
import { partTotal, TARGETS } from '@/import/scoreCorpus'
import { scoreCorpusArticles } from '@/import/scoreCorpusArticles'

/**
 * The importer on the real-article corpus, as `npm run import:score` measures it. Issue 11's
 * targets (`TARGETS`: held-out ≥ 90 % pooled field accuracy, development ≥ 95 %, no harmful
 * output) are not met yet; until they are, the suite holds the parser to what it reached on
 * 2026-12-01 (`REACHED`), so that no change makes it worse. Raise `REACHED` as the parser
 * improves; the targets themselves are checked to stay where the issue put them.
 */
const REACHED = { heldout: 0.858, dev: 0.919, heldoutPageLinesAsLead: 3 }

const corpus = readCorpus(path.resolve(import.meta.dirname, '../fixtures/import-corpus/articles'))
const scored = scoreCorpusArticles(corpus, parseHtmlArticle)
const heldout = partTotal(scored, 'heldout')
const dev = partTotal(scored, 'dev')

describe('the importer on the real-article corpus', () => {
  it('should have articles in both parts', () => {
    expect(dev.articles).toBeGreaterThan(0)
    expect(heldout.articles).toBeGreaterThan(0)
  })

  it("should keep the issue's targets: 90 % held out, 95 % development", () => {
    expect(TARGETS).toStrictEqual({ heldout: 0.9, dev: 0.95 })
  })

  it('should not fall below the pooled accuracy reached on the held-out part', () => {
    expect(heldout.pooled).toBeGreaterThanOrEqual(REACHED.heldout)
  })

  it('should not fall below the pooled accuracy reached on the development part', () => {
    expect(dev.pooled).toBeGreaterThanOrEqual(REACHED.dev)
  })

  it('should put no person in a unit, no byline in a caption and invent no chair on the held-out part', () => {
    // Counts only: what the held-out articles are is not for reading rules from.
    const { pageLineAsLead, ...others } = heldout.harms
    expect(others).toStrictEqual({ personInUnit: 0, bylineAsCaption: 0, inventedChair: 0 })
    expect(pageLineAsLead).toBeLessThanOrEqual(REACHED.heldoutPageLinesAsLead)
  })

  it('should give no harmful output on the development part', () => {
    expect(dev.harmList).toStrictEqual([])
  })
})
