import { describe, expect, it } from 'vitest'

import { slugify } from './slugify'

describe('slugify', () => {
  it('should strip Vietnamese diacritics', () => {
    expect(slugify('Bắc Kạn')).toBe('bac-kan')
  })

  it('should map đ and Đ to d', () => {
    expect(slugify('Đảng bộ đồng chí')).toBe('dang-bo-dong-chi')
  })

  it('should give the same slug for NFC and NFD input', () => {
    const title = 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh'
    expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')))
    expect(slugify(title.normalize('NFD'))).toBe('kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh')
  })

  it('should give the same slug for old and new tone placement', () => {
    expect(slugify('văn hoá')).toBe(slugify('văn hóa'))
    expect(slugify('Tỉnh uỷ')).toBe(slugify('Tỉnh ủy'))
    expect(slugify('văn hoá')).toBe('van-hoa')
  })

  it('should collapse punctuation and spaces into single dashes', () => {
    expect(slugify('  An ninh- quốc phòng, năm 2020 – 2021!  ')).toBe(
      'an-ninh-quoc-phong-nam-2020-2021',
    )
  })

  it('should return an empty string for text without letters or digits', () => {
    expect(slugify(' – … ')).toBe('')
  })
})
