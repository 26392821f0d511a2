import { describe, expect, it } from 'vitest'

import { readTitles, startsWithTitleHead } from './readTitles'

describe('startsWithTitleHead', () => {
  it('should recognise positions in either case, as whole words', () => {
    expect(startsWithTitleHead('Phó Bí thư Tỉnh ủy')).toBe(true)
    expect(startsWithTitleHead('chủ tịch UBND thành phố')).toBe(true)
    expect(startsWithTitleHead('Tỉnh ủy viên')).toBe(true)
    expect(startsWithTitleHead('chủ trì')).toBe(false)
    expect(startsWithTitleHead('Trường THPT')).toBe(false)
    expect(startsWithTitleHead('Phóng viên')).toBe(false)
    // Staff positions, before the office they serve in.
    expect(startsWithTitleHead('Phụ trách phòng Kế hoạch')).toBe(true)
    expect(startsWithTitleHead('Chuyên viên Văn phòng UBND tỉnh')).toBe(true)
    // One acting in a post ("Quyền"); the everyday word alone is no position.
    expect(startsWithTitleHead('Quyền Chủ tịch UBND tỉnh')).toBe(true)
    expect(startsWithTitleHead('quyền Giám đốc Sở Y tế')).toBe(true)
    expect(startsWithTitleHead('quyền lợi của người dân')).toBe(false)
  })
})

describe('readTitles', () => {
  it('should split on commas and stop at the verb', () => {
    const text =
      'Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn chủ trì; cùng dự'
    const run = readTitles(text)
    expect(run.titles).toEqual([
      'Tỉnh ủy viên',
      'Phó Bí thư Thành ủy',
      'Chủ tịch UBND thành phố Bắc Kạn',
    ])
    expect(text.slice(run.length)).toBe(' chủ trì; cùng dự')
  })

  it('should capitalise a lower-case title', () => {
    expect(
      readTitles('Tỉnh ủy viên, Phó Bí thư Thành ủy, chủ tịch UBND thành phố Bắc Kạn chủ trì')
        .titles,
    ).toEqual(['Tỉnh ủy viên', 'Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'])
  })

  it('should end the run at a piece that is not a position', () => {
    const text = 'Bí thư Tỉnh ủy, người đã gắn bó'
    expect(readTitles(text)).toEqual({ titles: ['Bí thư Tỉnh ủy'], length: 14 })
  })

  it('should read nothing from text that does not start with a position', () => {
    expect(readTitles('chủ trì liên quan')).toEqual({ titles: [], length: 0 })
  })
})

describe('readTitles before a dash and a predicate', () => {
  it('should end the last title before "- Chủ trì hội nghị"', () => {
    expect(
      readTitles('Phó Bí thư Đảng ủy, Chủ tịch UBND phường - Chủ trì hội nghị').titles,
    ).toEqual(['Phó Bí thư Đảng ủy', 'Chủ tịch UBND phường'])
    // A dash inside a body's name stays.
    expect(readTitles('Trưởng ban Kinh tế - Ngân sách HĐND tỉnh phát biểu').titles).toEqual([
      'Trưởng ban Kinh tế - Ngân sách HĐND tỉnh',
    ])
  })
})

describe('readTitles and the council of a committee', () => {
  it('should keep the council a committee’s head serves, printed after a comma', () => {
    expect(
      readTitles('Trưởng ban Kinh tế - Ngân sách, HĐND tỉnh xung quanh nội dung này').titles,
    ).toStrictEqual(['Trưởng ban Kinh tế - Ngân sách, HĐND tỉnh'])
    expect(readTitles('Trưởng ban Pháp chế, HĐND tỉnh Lê Văn An').titles).toStrictEqual([
      'Trưởng ban Pháp chế',
    ])
  })

  it('should read the positions of a secretariat, an embassy, an office and a school', () => {
    for (const title of [
      'Tổng Thư ký Quốc hội',
      'Tổng cục trưởng Tổng cục Thuế',
      'Trợ lý Bộ trưởng Bộ Công an',
      'Chi hội trưởng Chi hội Nông dân thôn 2',
      'Kế toán trưởng Công ty',
      'Hiệu phó Trường THCS Tân Lập',
      'Điều tra viên Công an huyện',
    ]) {
      expect(readTitles(`${title} phát biểu`).titles).toStrictEqual([title])
    }
  })

  it('should read past a rank or a degree before a title, and keep neither', () => {
    expect(readTitles('Đại tá, Giám đốc Công an tỉnh phát biểu').titles).toStrictEqual([
      'Giám đốc Công an tỉnh',
    ])
    expect(readTitles('Trung tướng Lê Văn An').titles).toStrictEqual([])
  })

  it('should read past a term in brackets or one with no "khóa", and keep neither', () => {
    expect(
      readTitles('Ủy viên BCH Đảng bộ tỉnh (khóa XV), Bí thư Huyện ủy phát biểu').titles,
    ).toStrictEqual(['Ủy viên BCH Đảng bộ tỉnh', 'Bí thư Huyện ủy'])
    expect(
      readTitles('Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025, Chủ tịch HĐND xã phát biểu').titles,
    ).toStrictEqual(['Bí thư Đảng ủy xã', 'Chủ tịch HĐND xã'])
  })
})
