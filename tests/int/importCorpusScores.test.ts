import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseHtmlArticle } from '@/import/parseHtmlArticle'
import { readCorpus } from '@/import/readCorpus'
import { partTotal, TARGETS } from '@/import/scoreCorpus'
import { scoreCorpusArticles } from '@/import/scoreCorpusArticles'

/**
 * The importer on the real-article corpus, as `npm run import:score` measures it, held to issue
 * 11's targets (`TARGETS`: held-out ≥ 90 % pooled field accuracy, development ≥ 95 %, no harmful
 * output). The pooled targets are met and enforced as they stand. One harmful output is left on
 * the held-out part (a page line read as the lead): until it is gone, the suite allows that one
 * (`HELDOUT_PAGE_LINES_AS_LEAD_REACHED`, reached on 2026-12-01) and no more, so that no change
 * makes it worse; set it to 0 when the parser gets there.
 */
const HELDOUT_PAGE_LINES_AS_LEAD_REACHED = 1

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

  it('should reach the pooled accuracy targeted on the held-out part', () => {
    expect(heldout.pooled).toBeGreaterThanOrEqual(TARGETS.heldout)
  })

  it('should reach the pooled accuracy targeted on the development part', () => {
    expect(dev.pooled).toBeGreaterThanOrEqual(TARGETS.dev)
  })

  it('should put no person in a unit, no byline in a caption and invent no chair on the held-out part', () => {
    // Counts only: what the held-out articles are is not for reading rules from.
    const { pageLineAsLead, ...others } = heldout.harms
    expect(others).toStrictEqual({ personInUnit: 0, bylineAsCaption: 0, inventedChair: 0 })
    expect(pageLineAsLead).toBeLessThanOrEqual(HELDOUT_PAGE_LINES_AS_LEAD_REACHED)
  })

  it('should give no harmful output on the development part', () => {
    expect(dev.harmList).toStrictEqual([])
  })
})
