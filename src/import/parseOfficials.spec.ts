import { describe, expect, it } from 'vitest'

import { findOfficialMentions, mergeOfficials } from './parseOfficials'

const officials = (line: string) =>
  findOfficialMentions(line).map(({ name, titles, isChair }) => ({ name, titles, isChair }))

describe('findOfficialMentions', () => {
  it('should read a hyphen without spaces and see the chair', () => {
    expect(
      officials(
        'Đồng chí Dương Hữu Bường-Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn chủ trì; cùng dự có',
      ),
    ).toEqual([
      {
        name: 'Dương Hữu Bường',
        titles: ['Tỉnh ủy viên', 'Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'],
        isChair: true,
      },
    ])
  })

  it('should read an en dash and strip the verb phrase', () => {
    expect(
      officials(
        'Phát biểu tại buổi làm việc, đồng chí Nguyễn Văn Du – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã ghi nhận',
      ),
    ).toEqual([
      { name: 'Nguyễn Văn Du', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], isChair: false },
    ])
  })

  it('should read a comma, and "trân trọng" and "phát biểu" as verbs', () => {
    expect(
      officials(
        'Phát biểu kết luận, đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trân trọng cảm ơn',
      ),
    ).toEqual([
      {
        name: 'Nguyễn Khắc Thận',
        titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
        isChair: false,
      },
    ])
  })

  it('should give the span of the name and titles', () => {
    const line = 'Sáng nay, đồng chí Cù Ngọc Cường, Bí thư Thành ủy Bắc Kạn chủ trì hội nghị.'
    const [mention] = findOfficialMentions(line)
    expect(line.slice(mention.start, mention.end)).toBe(
      'đồng chí Cù Ngọc Cường, Bí thư Thành ủy Bắc Kạn',
    )
    expect(mention.isChair).toBe(true)
  })

  it('should see "dưới sự chủ trì của đồng chí …" as the chair', () => {
    const [mention] = findOfficialMentions(
      'Dưới sự chủ trì của đồng chí Nguyễn Văn Du, Bí thư Tỉnh ủy, hội nghị',
    )
    expect(mention.isChair).toBe(true)
  })

  it('should not take a title or a name without titles for an official', () => {
    expect(officials('Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cũng nhấn mạnh')).toEqual([])
    expect(officials('các đồng chí Nguyễn Văn A, Trần Văn B cùng dự')).toEqual([])
    expect(officials('nội dung gợi ý kiểm điểm của đồng chí chủ trì liên quan')).toEqual([])
  })
})

describe('mergeOfficials', () => {
  it('should keep one entry per folded name with titles in printed order', () => {
    expect(
      mergeOfficials([
        { name: 'Dương Hữu Bường', titles: ['Phó Bí thư Thành ủy'] },
        { name: 'Cù Ngọc Cường', titles: ['Bí thư Thành ủy Bắc Kạn'] },
        {
          name: 'Dương Hữu Bường',
          titles: ['Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'],
        },
      ]),
    ).toEqual([
      {
        name: 'Dương Hữu Bường',
        titles: ['Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'],
      },
      { name: 'Cù Ngọc Cường', titles: ['Bí thư Thành ủy Bắc Kạn'] },
    ])
  })
})
