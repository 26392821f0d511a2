import { describe, expect, it } from 'vitest'

import { readNamePhrase, type PhraseOptions } from './readNamePhrase'

const title: PhraseOptions = { placeLevels: 'include', maxWords: 15 }
const department: PhraseOptions = { placeLevels: 'stop', maxWords: 10 }
const read = (text: string, options: PhraseOptions) => text.slice(0, readNamePhrase(text, options))

describe('readNamePhrase for titles', () => {
  it('should stop at the verb after a title', () => {
    expect(read('Chủ tịch UBND thành phố Bắc Kạn chủ trì; cùng dự', title)).toBe(
      'Chủ tịch UBND thành phố Bắc Kạn',
    )
    expect(read('Chủ tịch HĐND tỉnh đã ghi nhận sự nỗ lực', title)).toBe('Chủ tịch HĐND tỉnh')
    expect(read('Bí thư Thành ủy Bắc Kạn yêu cầu: Đảng bộ', title)).toBe('Bí thư Thành ủy Bắc Kạn')
  })

  it('should stop at a comma and keep "Tỉnh ủy viên" whole', () => {
    expect(read('Tỉnh ủy viên, Phó Bí thư Thành ủy', title)).toBe('Tỉnh ủy viên')
    expect(read('Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư', title)).toBe(
      'Ủy viên Ban Thường vụ Tỉnh ủy',
    )
  })

  it('should end a closed body at any lower-case word, known verb or not', () => {
    expect(read('Chủ tịch UBND tỉnh bấm nút khởi động', title)).toBe('Chủ tịch UBND tỉnh')
    expect(read('Bí thư Đảng ủy xã Dương Quang dâng hương', title)).toBe(
      'Bí thư Đảng ủy xã Dương Quang',
    )
  })

  it('should read nothing from a phrase longer than the limit', () => {
    expect(
      readNamePhrase('Giám đốc ' + 'hành chính công nông lâm ngư nghiệp dịch vụ '.repeat(2), title),
    ).toBe(0)
  })
})

describe('readNamePhrase for a bloc’s party committee, and what a body reports to', () => {
  it('should read the bloc after "Đảng ủy Khối", "các" included', () => {
    expect(read('Bí thư Đảng ủy Khối các cơ quan tỉnh phát biểu', title)).toBe(
      'Bí thư Đảng ủy Khối các cơ quan tỉnh',
    )
    expect(read('Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh dự', title)).toBe(
      'Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh',
    )
  })

  it('should stop before "trực thuộc"', () => {
    expect(read('Giám đốc Trung tâm Y tế trực thuộc Sở Y tế', title)).toBe(
      'Giám đốc Trung tâm Y tế',
    )
  })

  it('should stop before a rank and the person after it', () => {
    expect(read('Phó Giám đốc Công an tỉnh Đại tá Trần Quang Hải', title)).toBe(
      'Phó Giám đốc Công an tỉnh',
    )
  })
})

describe('readNamePhrase for departments', () => {
  it('should stop before the place and at the verb', () => {
    expect(read('Nội vụ thành phố thông qua dự thảo', department)).toBe('Nội vụ')
    expect(read('Quản lý Dịch vụ công ích đô thị thành phố thông qua', department)).toBe(
      'Quản lý Dịch vụ công ích đô thị',
    )
    expect(read('Giáo dục và Đào tạo bàn giải pháp', department)).toBe('Giáo dục và Đào tạo')
    expect(read('Quản lý đô thị, Ban Quản lý', department)).toBe('Quản lý đô thị')
  })

  it('should keep a dash between capitalised words', () => {
    expect(read('Tài chính - Kế hoạch tham mưu', department)).toBe('Tài chính - Kế hoạch')
    expect(read('Tài chính - những', department)).toBe('Tài chính')
  })
})

describe('readNamePhrase and initials joined by "&"', () => {
  it('should read "Sở TN&MT" and "HĐND & UBND" whole, and stop at a lone "&"', () => {
    expect(read('Giám đốc Sở TN&MT chủ trì', title)).toBe('Giám đốc Sở TN&MT')
    expect(read('Chánh Văn phòng HĐND & UBND huyện phát biểu', title)).toBe(
      'Chánh Văn phòng HĐND & UBND huyện',
    )
    expect(read('Giám đốc Công ty A & B chủ trì', title)).toBe('Giám đốc Công ty A')
  })

  it('should keep "Tỉnh Ủy viên" whole when "Ủy" is capitalised', () => {
    expect(read('Tỉnh Ủy viên, Phó Chủ tịch HĐND tỉnh', title)).toBe('Tỉnh Ủy viên')
  })
})
