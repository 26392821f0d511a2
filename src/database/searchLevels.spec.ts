import { describe, expect, it } from 'vitest'

import { parseSearchQuery } from '@/lib/searchQuery'

import { fallbackLevels, levelPairs, searchLevels } from './searchLevels'

const levelsOf = (q: string) => searchLevels(parseSearchQuery(q, 'vi'))

describe('searchLevels', () => {
  it('should rank the exact phrase, the folded phrase, then the syllables apart', () => {
    expect(levelsOf('bí mật')).toEqual([
      { form: 'exact', phrases: [['bí', 'mật']], isAny: false },
      { form: 'folded', phrases: [['bi', 'mat']], isAny: false },
      { form: 'folded', phrases: [['bi'], ['mat']], isAny: false },
    ])
  })

  it('should have no exact level without marks, nor a level apart for one syllable', () => {
    expect(levelsOf('kan')).toEqual([{ form: 'folded', phrases: [['kan']], isAny: false }])
  })

  it('should keep quoted phrases as phrases at every level', () => {
    expect(levelsOf('"bi mat" nha nuoc')).toEqual([
      {
        form: 'folded',
        phrases: [
          ['bi', 'mat'],
          ['nha', 'nuoc'],
        ],
        isAny: false,
      },
      { form: 'folded', phrases: [['bi', 'mat'], ['nha'], ['nuoc']], isAny: false },
    ])
  })

  it('should fall back to any syllable, except for quoted phrases and single syllables', () => {
    expect(fallbackLevels(parseSearchQuery('bac kan', 'vi'))).toEqual([
      { form: 'folded', phrases: [['bac'], ['kan']], isAny: true },
    ])
    expect(fallbackLevels(parseSearchQuery('"bac kan"', 'vi'))).toEqual([])
    expect(fallbackLevels(parseSearchQuery('kan', 'vi'))).toEqual([])
  })
})

describe('levelPairs', () => {
  it('should give every adjacent pair of every phrase, folded, once', () => {
    expect(levelPairs({ form: 'exact', phrases: [['chuyển', 'đổi', 'số']], isAny: false })).toEqual(
      ['chuyen_doi', 'doi_so'],
    )
    expect(
      levelPairs({
        form: 'folded',
        phrases: [['bi', 'mat'], ['kan'], ['bi', 'mat']],
        isAny: false,
      }),
    ).toEqual(['bi_mat'])
  })

  it('should give no pairs for single syllables nor for any of the phrases', () => {
    expect(levelPairs({ form: 'folded', phrases: [['bac'], ['kan']], isAny: false })).toEqual([])
    expect(levelPairs({ form: 'folded', phrases: [['bac', 'kan']], isAny: true })).toEqual([])
  })
})
