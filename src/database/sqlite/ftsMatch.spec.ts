import { describe, expect, it } from 'vitest'

import { ftsAllWords, ftsAllWordsInTitle } from './ftsMatch'

describe('ftsMatch', () => {
  it('should quote every word, so that FTS5 operators are searched as words', () => {
    expect(ftsAllWords(['bac', 'or', 'kan', 'near'])).toBe('"bac" "or" "kan" "near"')
  })

  it('should double a quote inside a word', () => {
    expect(ftsAllWords(['a"b'])).toBe('"a""b"')
  })

  it('should restrict every word to the title column', () => {
    expect(ftsAllWordsInTitle(['bac', 'kan'])).toBe('{search_title} : ("bac" "kan")')
  })
})
