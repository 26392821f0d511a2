import { describe, expect, it } from 'vitest'

import { foldText } from './foldText'

describe('foldText', () => {
  it('should fold accents, case and đ the same way', () => {
    expect(foldText('Bắc Kạn')).toBe('bac kan')
    expect(foldText('BAC KAN')).toBe('bac kan')
    expect(foldText('Đảng bộ')).toBe('dang bo')
  })

  it('should fold NFD input and old tone placement like NFC and new', () => {
    expect(foldText('văn hoá'.normalize('NFD'))).toBe(foldText('văn hóa'))
    expect(foldText('Uỷ ban')).toBe(foldText('Ủy ban'))
  })

  it('should turn punctuation into single spaces', () => {
    expect(foldText('  An ninh- quốc phòng, năm 2020!  ')).toBe('an ninh quoc phong nam 2020')
  })
})
