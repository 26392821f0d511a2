import { describe, expect, it } from 'vitest'

import { isByline } from './parseByline'

describe('isByline', () => {
  it('should accept two to four capitalised words', () => {
    expect(isByline('Triệu Biển')).toBe(true)
    expect(isByline('Minh Hương')).toBe(true)
    expect(isByline('Nguyễn Thị Thu Hà')).toBe(true)
  })

  it('should reject sentences, captions, single words and long names', () => {
    expect(isByline('Toàn cảnh hội nghị')).toBe(false)
    expect(isByline('Triệu Biển.')).toBe(false)
    expect(isByline('Biển')).toBe(false)
    expect(isByline('Một Hai Ba Bốn Năm')).toBe(false)
    expect(isByline('đẩy mạnh cải cách hành chính…./.')).toBe(false)
  })
})
