import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseHtmlArticle } from '@/import/parseHtmlArticle'
import { readCorpus } from '@/import/readCorpus'
import { partTotal, TARGETS } from '@/import/scoreCorpus'
import { scoreCorpusArticles } from '@/import/scoreCorpusArticles'

/**
 * The importer on the real-article corpus, as `npm run import:score` measures it, held to issue
 * 11's targets (`TARGETS`: held-out ≥ 90 % pooled field accuracy, development ≥ 95 %, no harmful
 * output on either part). The held-out part is every batch's draw (the corpus README), the later
 * batches' from sites no rule was written for.
 */
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

  it('should reach the pooled accuracy targeted on the whole held-out part', () => {
    expect(heldout.pooled).toBeGreaterThanOrEqual(TARGETS.heldout)
  })

  it('should reach the pooled accuracy targeted on the development part', () => {
    expect(dev.pooled).toBeGreaterThanOrEqual(TARGETS.dev)
  })

  it('should give no harmful output on the held-out part', () => {
    // Counts only: what the held-out articles are is not for reading rules from.
    expect(heldout.harms).toStrictEqual({
      personInUnit: 0,
      bylineAsCaption: 0,
      pageLineAsLead: 0,
      inventedChair: 0,
    })
  })

  it('should give no harmful output on the development part', () => {
    expect(dev.harmList).toStrictEqual([])
  })
})
