import { describe, expect, it } from 'vitest'

import { findControlCharacter } from './findControlCharacter'

describe('findControlCharacter', () => {
  it('should find NUL, other C0 and C1 controls, DEL and bidi overrides, with their path', () => {
    expect(findControlCharacter({ title: 'BARS NUL\u0000after' })).toEqual({
      path: 'title',
      codePoint: 'U+0000',
    })
    expect(findControlCharacter({ byline: [{ displayName: 'Minh\u001b[31m' }] })).toEqual({
      path: 'byline.0.displayName',
      codePoint: 'U+001B',
    })
    expect(findControlCharacter({ lead: 'a\u007fb' })?.codePoint).toBe('U+007F')
    expect(findControlCharacter({ lead: 'a\u0085b' })?.codePoint).toBe('U+0085')
    expect(findControlCharacter({ penName: 'Minh\u202eníM' })?.codePoint).toBe('U+202E')
    expect(
      findControlCharacter({ body: { root: { children: [{ text: 'x\u0007' }] } } })?.path,
    ).toBe('body.root.children.0.text')
  })

  it('should leave Vietnamese text, tabs and line breaks alone', () => {
    expect(
      findControlCharacter({
        title: 'Đảng bộ thành phố Bắc Kạn họp mở rộng – “Ủy ban” ‘hoá’ 100%',
        lead: 'Dòng một\r\nDòng hai\tcột',
        views: 3,
        nothing: null,
      }),
    ).toBeUndefined()
  })
})
