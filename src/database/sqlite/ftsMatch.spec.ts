import { describe, expect, it } from 'vitest'

import { ftsMatch, pairsMatch } from './ftsMatch'

describe('ftsMatch', () => {
  it('should make each phrase an FTS5 string, so that operators are searched as words', () => {
    expect(
      ftsMatch({ form: 'folded', phrases: [['bac', 'or'], ['kan'], ['near']], isAny: false }),
    ).toBe('("bac or" "kan" "near")')
  })

  it('should double a quote inside a word', () => {
    expect(ftsMatch({ form: 'folded', phrases: [['a"b']], isAny: false })).toBe('("a""b")')
  })

  it('should search only the exact column for an exact level, and OR the phrases for any of them', () => {
    expect(ftsMatch({ form: 'exact', phrases: [['bí', 'mật']], isAny: false })).toBe(
      '{e} : ("bí mật")',
    )
    expect(ftsMatch({ form: 'folded', phrases: [['bi'], ['mat']], isAny: true })).toBe(
      '("bi" OR "mat")',
    )
  })
})

describe('pairsMatch', () => {
  it('should require every pair, each an FTS5 string, with no column filter', () => {
    expect(pairsMatch(['chuyen_doi', 'doi_so'])).toBe('"chuyen_doi" "doi_so"')
  })
})
