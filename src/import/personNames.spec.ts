import { describe, expect, it } from 'vitest'

import { isFullName, personInPlaceRun, personNameLength, withoutPerson } from './personNames'
import { startsWithTitleHead } from './readTitles'

describe('personNameLength', () => {
  it('should read two to four syllables opening with a family name', () => {
    expect(personNameLength('Trần Văn An chủ trì')).toBe('Trần Văn An'.length)
    expect(personNameLength('Ngô Hen, Ủy viên')).toBe('Ngô Hen'.length)
    expect(personNameLength('Chau Thị Thu Thủy - Huyện ủy viên')).toBe('Chau Thị Thu Thủy'.length)
  })

  it('should stop where a title begins and at a hyphen', () => {
    expect(personNameLength('Ngô Văn Em Tỉnh ủy viên', startsWithTitleHead)).toBe(
      'Ngô Văn Em'.length,
    )
    expect(personNameLength('Dương Hữu Bường-Tỉnh ủy viên')).toBe('Dương Hữu Bường'.length)
  })

  it('should not take bodies, boards or a pronoun for a person', () => {
    expect(personNameLength('Ban Thường vụ Tỉnh ủy')).toBe(0)
    expect(personNameLength('Đoàn Thanh niên xã')).toBe(0)
    expect(personNameLength('Ông Trần Văn An')).toBe(0)
    expect(isFullName(['Hà', 'Nội'])).toBe(false)
  })

  it('should read names spelt with an apostrophe', () => {
    expect(personNameLength("K' Thị Mai, Phó Chủ tịch")).toBe("K' Thị Mai".length)
    expect(personNameLength('H’Hen Niê phát biểu')).toBe('H’Hen Niê'.length)
    expect(personNameLength("Điểu K'Ré, Phó Chủ tịch")).toBe("Điểu K'Ré".length)
  })

  it('should read Khmer, Thái, Hmong and Cham family names', () => {
    expect(personNameLength('Sơn Thị Ngọc Hân, Phó Bí thư')).toBe('Sơn Thị Ngọc Hân'.length)
    expect(personNameLength('Cầm Văn Chính phát biểu')).toBe('Cầm Văn Chính'.length)
    expect(personNameLength('Hạng A Tủa, Chủ tịch')).toBe('Hạng A Tủa'.length)
  })

  it('should read Ê Đê names of five syllables after "Y"', () => {
    expect(personNameLength('Y Thanh Hà Niê Kdăm, Phó Bí thư')).toBe('Y Thanh Hà Niê Kdăm'.length)
  })

  it('should take no school of medicine for a man’s name after "Y"', () => {
    expect(personNameLength('Y Dược Thái Bình')).toBe(0)
  })

  it('should take no province that opens with such a name for a person', () => {
    expect(personNameLength('Sơn La tổ chức hội nghị')).toBe(0)
  })
})

describe('personInPlaceRun and withoutPerson', () => {
  it('should cut the person from a place name printed before them', () => {
    expect(personInPlaceRun(['Bắc', 'Trà', 'My', 'Nguyễn', 'Văn', 'An'])).toBe(3)
    expect(personInPlaceRun(['Hải', 'Dương', 'Trần', 'Đức', 'Thắng'])).toBe(2)
    expect(withoutPerson('Lê Tiến Lam')).toBeUndefined()
    expect(withoutPerson('Hà Tĩnh Phan Văn Định')).toBe('Hà Tĩnh')
  })

  it('should leave two-syllable places and places named after people whole', () => {
    expect(withoutPerson('Hà Tĩnh')).toBe('Hà Tĩnh')
    expect(withoutPerson('Lâm Bình')).toBe('Lâm Bình')
    expect(withoutPerson('Hồ Chí Minh')).toBe('Hồ Chí Minh')
  })
})
