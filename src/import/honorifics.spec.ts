import { describe, expect, it } from 'vitest'

import { honorificsBefore, honorificsLength } from './honorifics'

describe('honorificsLength', () => {
  it('should read a rank in words with the space after it', () => {
    expect(honorificsLength('Thượng tá Trưởng Công an huyện')).toBe('Thượng tá '.length)
  })

  it('should read a rank and a comma', () => {
    expect(honorificsLength('Đại tá, Giám đốc Công an tỉnh')).toBe('Đại tá, '.length)
  })

  it('should read degrees as printed, one after another', () => {
    expect(honorificsLength('PGS.TS, Bác sĩ CKII Lê Văn C')).toBe('PGS.TS, Bác sĩ CKII '.length)
  })

  it('should read an abbreviated degree with its full stop', () => {
    expect(honorificsLength('TS. Nguyễn Huy T')).toBe('TS. '.length)
  })

  it('should read nothing in a title or a name', () => {
    expect(honorificsLength('Trung tâm Y tế huyện')).toBe(0)
  })

  it('should read no degree inside a longer capitalised word', () => {
    expect(honorificsLength('TSKHX Nguyễn')).toBe(0)
  })
})

describe('honorificsBefore', () => {
  it('should find the rank that ends the text', () => {
    expect(honorificsBefore('với sự chủ trì của Trung tướng ')).toBe('Trung tướng '.length)
  })

  it('should find none when the text ends in other words', () => {
    expect(honorificsBefore('với sự chủ trì của ')).toBe(0)
  })
})
