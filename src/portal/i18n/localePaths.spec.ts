import { describe, expect, it } from 'vitest'

import { languageAlternates } from '../seo/articleMetadata'
import type { ArticlePage } from '../types'
import { articlePath, articlesInLanguageWhere } from './localePaths'

const page = (fields: Partial<ArticlePage>) => fields as ArticlePage

describe('articlePath', () => {
  it("should put an article's page in its language's section", () => {
    expect([articlePath('vi', 'bai-viet'), articlePath('en', 'an-article')]).toEqual([
      '/tin/bai-viet',
      '/en/news/an-article',
    ])
  })
})

describe('languageAlternates', () => {
  it('should list an original and its English version for hreflang', () => {
    const original = page({
      slug: 'kiem-diem',
      language: 'vi',
      translations: { docs: [{ id: '2', slug: 'review', language: 'en', title: 'Review' }] },
    })
    expect(languageAlternates(original)).toEqual({ vi: '/tin/kiem-diem', en: '/en/news/review' })
  })

  it("should list a translation's original, and skip one the reader may not see (an id alone)", () => {
    const english = page({
      slug: 'review',
      language: 'en',
      translationOf: { id: '1', slug: 'kiem-diem', language: 'vi', title: 'Kiểm điểm' },
    })
    const withHiddenOriginal = page({ slug: 'review', language: 'en', translationOf: null })
    expect([languageAlternates(english), languageAlternates(withHiddenOriginal)]).toEqual([
      { en: '/en/news/review', vi: '/tin/kiem-diem' },
      { en: '/en/news/review' },
    ])
  })
})

describe('articlesInLanguageWhere', () => {
  it('should take English articles for English and every other one for Vietnamese', () => {
    expect([articlesInLanguageWhere('en'), articlesInLanguageWhere('vi')]).toEqual([
      { language: { equals: 'en' } },
      { language: { not_equals: 'en' } },
    ])
  })
})
