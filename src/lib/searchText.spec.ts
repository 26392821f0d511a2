import { describe, expect, it } from 'vitest'

import { englishText, exactText } from './searchText'

describe('exactText', () => {
  it('should keep the marks, lowercase, one tone placement and NFC', () => {
    expect(exactText('Bí MẬT')).toBe('bí mật')
    expect(exactText('văn hoá'.normalize('NFD'))).toBe(exactText('văn hóa'))
    expect(exactText('Uỷ ban')).toBe('ủy ban')
    expect(exactText('bỉ mặt')).not.toBe(exactText('bí mật'))
  })

  it('should turn punctuation into single spaces', () => {
    expect(exactText('  An ninh- quốc phòng, năm 2020!  ')).toBe('an ninh quốc phòng năm 2020')
  })
})

describe('englishText', () => {
  it('should lowercase the words and fold nothing', () => {
    expect(englishText('People’s Council: Bắc Kạn')).toBe('people s council bắc kạn')
  })
})
