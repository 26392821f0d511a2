import { describe, expect, it } from 'vitest'

import { parseSearchQuery } from './searchQuery'

describe('parseSearchQuery', () => {
  it('should read the words outside quotes as one group, exact and folded side by side', () => {
    expect(parseSearchQuery('Chuyển đổi SỐ', 'vi')).toEqual({
      groups: [
        { exact: ['chuyển', 'đổi', 'số'], folded: ['chuyen', 'doi', 'so'], isQuoted: false },
      ],
      hasAccents: true,
    })
  })

  it('should read quoted parts, straight or typographic, as phrases before the other words', () => {
    expect(parseSearchQuery('hội nghị “bi mat” "nha nuoc', 'vi').groups).toEqual([
      { exact: ['bi', 'mat'], folded: ['bi', 'mat'], isQuoted: true },
      { exact: ['nha', 'nuoc'], folded: ['nha', 'nuoc'], isQuoted: true },
      { exact: ['hội', 'nghị'], folded: ['hoi', 'nghi'], isQuoted: false },
    ])
  })

  it('should know an unaccented query, and read operators as words or spaces', () => {
    expect(parseSearchQuery('NEAR(bac* -kan)', 'vi')).toEqual({
      groups: [{ exact: ['near', 'bac', 'kan'], folded: ['near', 'bac', 'kan'], isQuoted: false }],
      hasAccents: false,
    })
    expect(parseSearchQuery(' " * - ', 'vi').groups).toEqual([])
  })

  it('should leave English words unfolded', () => {
    expect(parseSearchQuery('Council MEETINGS', 'en')).toEqual({
      groups: [
        { exact: ['council', 'meetings'], folded: ['council', 'meetings'], isQuoted: false },
      ],
      hasAccents: false,
    })
  })
})
