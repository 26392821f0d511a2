import { describe, expect, it } from 'vitest'

import { isAbbreviationOf } from './titleInitials'

describe('isAbbreviationOf', () => {
  it('should see an association’s name printed as its initials', () => {
    expect(isAbbreviationOf('Chủ tịch Hội LHPN huyện', 'Chủ tịch Hội Liên hiệp phụ nữ huyện')).toBe(
      true,
    )
  })

  it('should see initials with a letter that has a mark', () => {
    expect(
      isAbbreviationOf(
        'Phó Chủ tịch UBTƯ MTTQ Việt Nam',
        'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam',
      ),
    ).toBe(true)
  })

  it('should see two runs abbreviated', () => {
    expect(
      isAbbreviationOf('Phó Chủ tịch HĐND TP', 'Phó Chủ tịch Hội đồng nhân dân thành phố'),
    ).toBe(true)
  })

  it('should not take another body with the same initials for it', () => {
    expect(isAbbreviationOf('Chủ tịch HĐND tỉnh', 'Chủ tịch Hội đồng nhân dân huyện')).toBe(false)
  })

  it('should not take the same title for an abbreviation of itself', () => {
    expect(isAbbreviationOf('Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh')).toBe(false)
  })

  it('should not take a shorter title for an abbreviation', () => {
    expect(isAbbreviationOf('Chủ tịch UBND', 'Chủ tịch Ủy ban nhân dân tỉnh')).toBe(false)
  })
})
