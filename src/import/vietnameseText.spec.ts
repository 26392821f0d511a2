import { describe, expect, it } from 'vitest'

import { foldVietnamese, normalizeVietnamese, toOldTonePlacement } from './vietnameseText'

describe('normalizeVietnamese', () => {
  it('should give NFC for NFD input', () => {
    const title = 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh'
    const normalised = normalizeVietnamese(title.normalize('NFD'))
    expect(normalised).toBe(title.normalize('NFC'))
    expect(normalised.length).toBe(title.normalize('NFC').length)
  })

  it('should move the tone of an open oa, oe, uy to o/u', () => {
    expect(normalizeVietnamese('hoá')).toBe(normalizeVietnamese('hóa'))
    expect(normalizeVietnamese('hoá')).toBe('hóa')
    expect(normalizeVietnamese('Uỷ ban')).toBe(normalizeVietnamese('Ủy ban'))
    expect(normalizeVietnamese('Uỷ ban')).toBe('Ủy ban')
    expect(normalizeVietnamese('thuỷ')).toBe(normalizeVietnamese('thủy'))
    expect(normalizeVietnamese('thuý')).toBe('thúy')
    expect(normalizeVietnamese('Tỉnh uỷ, sức khoẻ, hoà bình, hoạ sĩ, oà khóc, luỹ')).toBe(
      'Tỉnh ủy, sức khỏe, hòa bình, họa sĩ, òa khóc, lũy',
    )
  })

  it('should work on NFD input with the old placement and on upper case', () => {
    expect(normalizeVietnamese('văn hoá'.normalize('NFD'))).toBe('văn hóa')
    expect(normalizeVietnamese('UỶ BAN, HOÁ')).toBe('ỦY BAN, HÓA')
  })

  it('should leave syllables with a final consonant or after qu unchanged', () => {
    expect(normalizeVietnamese('hoàn thành')).toBe('hoàn thành')
    expect(normalizeVietnamese('quý')).toBe('quý')
    expect(normalizeVietnamese('quà, kế hoạch, khuỷu tay, xoáy, ngoài, huyện, khoèo')).toBe(
      'quà, kế hoạch, khuỷu tay, xoáy, ngoài, huyện, khoèo',
    )
  })

  it('should collapse whitespace, NBSP included, and trim', () => {
    expect(normalizeVietnamese('\u00a0 Sáng ngày 16/12,\u00a0\u00a0Ban\tChấp\nhành  ')).toBe(
      'Sáng ngày 16/12, Ban Chấp hành',
    )
  })

  it('should drop zero-width characters', () => {
    expect(normalizeVietnamese('Bắc\u200b Kạn\ufeff')).toBe('Bắc Kạn')
  })
})

describe('toOldTonePlacement', () => {
  it('should move the tone to the second vowel and back again', () => {
    const text = 'Ủy ban, văn hóa, thủy sản, sức khỏe, hoàn thành, quý, Thái Hòa'
    expect(toOldTonePlacement(text)).toBe(
      'Uỷ ban, văn hoá, thuỷ sản, sức khoẻ, hoàn thành, quý, Thái Hoà',
    )
    expect(normalizeVietnamese(toOldTonePlacement(text))).toBe(text)
  })
})

describe('foldVietnamese', () => {
  it('should drop diacritics and case and map đ to d', () => {
    expect(foldVietnamese('Dương Hữu Bường')).toBe('duong huu buong')
    expect(foldVietnamese('Đảng bộ ĐỒNG CHÍ')).toBe('dang bo dong chi')
  })

  it('should fold NFC, NFD and both tone placements alike', () => {
    expect(foldVietnamese('Uỷ ban'.normalize('NFD'))).toBe(foldVietnamese('Ủy ban'))
    expect(foldVietnamese('  Triệu   Biển ')).toBe('trieu bien')
  })
})
