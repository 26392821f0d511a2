import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11, pattern 3: titles printed before the name ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh
 * Trần Văn A chủ trì"), lists of names sharing one title, and "đồng chí <title> <name>". The
 * editor writes each person once with every title; no unit holds a person's name, and someone
 * named is no reference by title alone.
 */
const PUBLISH = 'Thứ ba, 10/01/2023 | 09:12:40'
const meetingArticle = (title: string, lead: string, ...body: string[]) =>
  parseArticle([title, PUBLISH, lead, ...body].join('\n'))

/** No unit the parser names holds any of these people's names. */
const expectNoPersonInUnits = (units: string[], names: string[]) => {
  for (const name of names) {
    for (const unit of units) expect(unit).not.toContain(name)
  }
}

describe('titles before the name (and a rarer family name)', () => {
  it('should read a chair’s two titles printed before the name, and no unit with the name', () => {
    const parsed = meetingArticle(
      'UBND tỉnh Quảng Trị làm việc với huyện Hướng Hóa',
      'Sáng 9/1, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Võ Văn Hưng chủ trì buổi làm việc với UBND huyện Hướng Hóa về tình hình kinh tế - xã hội.',
      'Cùng dự có các Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng, Hoàng Nam và lãnh đạo các sở, ngành.',
    )
    const chair = { name: 'Võ Văn Hưng', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] }
    expect(parsed.meeting).toMatchObject({ kind: 'workingVisit', date: '2023-01-09', chair })
    expect(parsed.officials).toEqual([
      chair,
      { name: 'Hà Sỹ Đồng', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Hoàng Nam', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ])
    expectNoPersonInUnits(parsed.units, ['Võ Văn Hưng', 'Hà Sỹ Đồng', 'Hoàng Nam'])
  })

  it('should share "các Phó Chủ tịch HĐND tỉnh" between co-chairs, the first the chair', () => {
    const parsed = meetingArticle(
      'Thường trực HĐND tỉnh Bình Định họp phiên thường kỳ tháng 1',
      'Sáng 9/1, các Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi, Huỳnh Thúy Vân đồng chủ trì phiên họp thường kỳ tháng 1 của Thường trực HĐND tỉnh.',
      'Phiên họp đã cho ý kiến về nhiều nội dung trình kỳ họp.',
    )
    expect(parsed.meeting?.chair).toEqual({
      name: 'Đoàn Văn Phi',
      titles: ['Phó Chủ tịch HĐND tỉnh'],
    })
    expect(parsed.officials).toEqual([
      { name: 'Đoàn Văn Phi', titles: ['Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Huỳnh Thúy Vân', titles: ['Phó Chủ tịch HĐND tỉnh'] },
    ])
    expectNoPersonInUnits(parsed.units, ['Đoàn Văn Phi', 'Huỳnh Thúy Vân'])
  })

  it('should read "đồng chí <title> <name>" as a person, not a reference by title', () => {
    const parsed = meetingArticle(
      'Lãnh đạo huyện Bảo Lâm đối thoại với thanh niên',
      'Chiều 9/1, đồng chí Phó Chủ tịch UBND huyện Hoàng Thị Dung chủ trì hội nghị đối thoại với đoàn viên, thanh niên huyện Bảo Lâm năm 2023.',
      'Hội nghị đã tiếp nhận 15 ý kiến của đoàn viên, thanh niên.',
    )
    const chair = { name: 'Hoàng Thị Dung', titles: ['Phó Chủ tịch UBND huyện'] }
    expect(parsed.meeting?.chair).toEqual(chair)
    expect(parsed.officials).toEqual([chair])
    expect(parsed.titleReferences).toEqual([])
  })

  it('should keep "đồng chí <title>" with no name as a reference by title', () => {
    const parsed = meetingArticle(
      'Huyện Bảo Lâm triển khai nhiệm vụ năm 2023',
      'Sáng 9/1, UBND huyện Bảo Lâm tổ chức hội nghị triển khai nhiệm vụ năm 2023.',
      'Dự hội nghị có đồng chí Bí thư Huyện ủy và lãnh đạo các phòng, ban.',
    )
    expect(parsed.titleReferences).toEqual([
      { title: 'Bí thư Huyện ủy', text: 'đồng chí Bí thư Huyện ủy' },
    ])
    expect(parsed.officials).toEqual([])
  })

  it.each([
    [
      'Trưởng Ban Tuyên giáo Huyện ủy Lê Thị Hồng Nhung phát biểu tại hội nghị.',
      { name: 'Lê Thị Hồng Nhung', titles: ['Trưởng Ban Tuyên giáo Huyện ủy'] },
    ],
    [
      'Giám đốc Sở Nội vụ Nguyễn Văn Bình báo cáo kết quả công tác năm.',
      { name: 'Nguyễn Văn Bình', titles: ['Giám đốc Sở Nội vụ'] },
    ],
    [
      'Chánh Văn phòng UBND tỉnh Đinh Văn Tuấn điều hành phần thảo luận.',
      { name: 'Đinh Văn Tuấn', titles: ['Chánh Văn phòng UBND tỉnh'] },
    ],
    [
      'Đại biểu Quốc hội Nguyễn Thị Huệ phát biểu ý kiến.',
      { name: 'Nguyễn Thị Huệ', titles: ['Đại biểu Quốc hội'] },
    ],
    [
      'Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Văn Dũng phát biểu chỉ đạo.',
      { name: 'Nguyễn Văn Dũng', titles: ['Phó Chủ tịch Thường trực UBND tỉnh'] },
    ],
    [
      'Có bà Đặng Thị Bảo Phương - Phó Chủ tịch Hội Liên hiệp phụ nữ Tp.Châu Đốc cùng dự.',
      {
        name: 'Đặng Thị Bảo Phương',
        titles: ['Phó Chủ tịch Hội Liên hiệp phụ nữ Tp.Châu Đốc'],
      },
    ],
    [
      'Tiết Văn Hòa, Bí thư Đảng ủy phường phát biểu tại hội nghị.',
      { name: 'Tiết Văn Hòa', titles: ['Bí thư Đảng ủy phường'] },
    ],
  ])('should read the title before the name in: %s', (line, official) => {
    const parsed = meetingArticle(
      'Tỉnh Đắk Nông tổng kết công tác năm 2022',
      'Sáng 9/1, UBND tỉnh Đắk Nông tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.',
      line,
    )
    expect(parsed.officials).toEqual([official])
    expectNoPersonInUnits(parsed.units, [official.name])
  })

  it('should read a place’s name and then the person’s: "Chủ tịch UBND xã Tân Phú Trần Văn Hậu"', () => {
    const parsed = meetingArticle(
      'Xã Tân Phú sơ kết 6 tháng đầu năm 2023',
      'Sáng 10/7, Chủ tịch UBND xã Tân Phú Trần Văn Hậu chủ trì hội nghị sơ kết công tác 6 tháng đầu năm 2023.',
    )
    const chair = { name: 'Trần Văn Hậu', titles: ['Chủ tịch UBND xã Tân Phú'] }
    expect(parsed.meeting?.chair).toEqual(chair)
    expectNoPersonInUnits(parsed.units, ['Trần Văn Hậu'])
  })

  it('should read two co-chairs with their own titles before their names', () => {
    const parsed = meetingArticle(
      'Tỉnh Điện Biên sơ kết 6 tháng đầu năm 2023',
      'Sáng 10/7, Phó Chủ tịch UBND tỉnh Lê Ngọc Quang và Phó Chủ tịch HĐND tỉnh Hoàng Văn Hải đồng chủ trì hội nghị sơ kết công tác 6 tháng đầu năm 2023.',
    )
    expect(parsed.meeting?.chair).toEqual({
      name: 'Lê Ngọc Quang',
      titles: ['Phó Chủ tịch UBND tỉnh'],
    })
    expect(parsed.officials).toEqual([
      { name: 'Lê Ngọc Quang', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Hoàng Văn Hải', titles: ['Phó Chủ tịch HĐND tỉnh'] },
    ])
  })

  it('should read a list after "các đồng chí:", each with titles after the name', () => {
    const parsed = meetingArticle(
      'Huyện Yên Thế sơ kết 6 tháng đầu năm 2023',
      'Sáng 10/7, UBND huyện Yên Thế tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.',
      'Dự hội nghị có các đồng chí: Nguyễn Văn Phước, Phó Chủ tịch UBND huyện; Lê Thị Quyên, Trưởng phòng Nội vụ huyện.',
    )
    expect(parsed.officials).toEqual([
      { name: 'Nguyễn Văn Phước', titles: ['Phó Chủ tịch UBND huyện'] },
      { name: 'Lê Thị Quyên', titles: ['Trưởng phòng Nội vụ huyện'] },
    ])
  })

  it.each([
    'Chủ trì hội nghị có các đồng chí: Nguyễn Văn An, Bí thư Huyện ủy; Trần Văn Bình, Chủ tịch UBND huyện.',
    'Đồng chủ trì hội nghị có đồng chí Nguyễn Văn An, Bí thư Huyện ủy và đồng chí Trần Văn Bình, Chủ tịch UBND huyện.',
    'Hội nghị do đồng chí Nguyễn Văn An, Bí thư Huyện ủy và đồng chí Trần Văn Bình, Chủ tịch UBND huyện đồng chủ trì.',
  ])('should take the first of listed co-chairs as the chair: %s', (line) => {
    const parsed = meetingArticle(
      'Huyện Yên Thế sơ kết 6 tháng đầu năm 2023',
      'Sáng 10/7, Huyện ủy Yên Thế tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.',
      line,
    )
    expect(parsed.meeting?.chair).toEqual({ name: 'Nguyễn Văn An', titles: ['Bí thư Huyện ủy'] })
    expect(parsed.officials).toEqual([
      { name: 'Nguyễn Văn An', titles: ['Bí thư Huyện ủy'] },
      { name: 'Trần Văn Bình', titles: ['Chủ tịch UBND huyện'] },
    ])
  })

  it.each([
    'Tới dự và chủ trì hội nghị có đồng chí Nguyễn Văn An, Bí thư Huyện ủy.',
    'Hội nghị được chủ trì bởi đồng chí Nguyễn Văn An, Bí thư Huyện ủy.',
    'Đồng chí Nguyễn Văn An, Bí thư Huyện ủy làm chủ tọa.',
  ])('should find the chair in: %s', (line) => {
    const parsed = meetingArticle(
      'Huyện Yên Thế sơ kết 6 tháng đầu năm 2023',
      'Sáng 10/7, Huyện ủy Yên Thế tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.',
      line,
    )
    expect(parsed.meeting?.chair).toEqual({ name: 'Nguyễn Văn An', titles: ['Bí thư Huyện ủy'] })
  })

  it.each([
    'Đến dự và chỉ đạo hội nghị có đồng chí Nguyễn Văn An, Bí thư Huyện ủy.',
    'Điều hành hội nghị là đồng chí Nguyễn Văn An, Bí thư Huyện ủy.',
  ])('should invent no chair from a guest or a moderator: %s', (line) => {
    const parsed = meetingArticle(
      'Huyện Yên Thế sơ kết 6 tháng đầu năm 2023',
      'Sáng 10/7, Huyện ủy Yên Thế tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.',
      line,
    )
    expect(parsed.meeting?.chair).toBeUndefined()
    expect(parsed.officials).toEqual([{ name: 'Nguyễn Văn An', titles: ['Bí thư Huyện ủy'] }])
  })

  it('should read no person in "Đoàn TNCS Hồ Chí Minh" and end a title at "dự."', () => {
    const parsed = meetingArticle(
      'Tỉnh đoàn tổng kết công tác Đoàn năm 2022',
      'Sáng 9/1, Tỉnh đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2022.',
      'Đồng chí Nguyễn Anh Tuấn, Ủy viên Trung ương Đảng, Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh dự.',
    )
    expect(parsed.officials).toEqual([
      {
        name: 'Nguyễn Anh Tuấn',
        titles: ['Ủy viên Trung ương Đảng', 'Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh'],
      },
    ])
  })

  it('should end a title at the speaker’s verb and at a new sentence after "TP."', () => {
    const parsed = meetingArticle(
      'HĐND thành phố Hải Phòng họp kỳ họp thứ 30',
      'Chiều 26/10, HĐND thành phố Hải Phòng tổ chức kỳ họp thứ 30.',
      'Kỳ họp đã bầu ông Vũ Tiến Phụng, Giám đốc Sở Nội vụ giữ chức Phó Chủ tịch UBND TP. Ông Lê Trung Kiên, Ủy viên Ban Thường vụ Thành ủy chào mừng các đại biểu.',
    )
    expect(parsed.officials).toEqual([
      { name: 'Vũ Tiến Phụng', titles: ['Giám đốc Sở Nội vụ', 'Phó Chủ tịch UBND TP'] },
      { name: 'Lê Trung Kiên', titles: ['Ủy viên Ban Thường vụ Thành ủy'] },
    ])
  })

  it('should give titles printed once before a colon to each person listed after it', () => {
    const parsed = meetingArticle(
      'Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2022',
      'Sáng 9/1, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2022.',
      'Chủ trì hội nghị có bà Lương Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hà Văn Tám, Triệu Thị Mỹ.',
    )
    expect(parsed.meeting?.chair).toEqual({
      name: 'Lương Thị Thu',
      titles: ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
    })
    expect(parsed.officials).toEqual([
      { name: 'Lương Thị Thu', titles: ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
      { name: 'Hà Văn Tám', titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
      { name: 'Triệu Thị Mỹ', titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
    ])
    expectNoPersonInUnits(parsed.units, ['Lương Thị Thu', 'Hà Văn Tám', 'Triệu Thị Mỹ'])
  })

  it('should keep a rank out of the titles printed before the name, and see the chair', () => {
    const parsed = meetingArticle(
      'Công an huyện tổng kết công tác năm 2022',
      'Sáng 9/1, Công an huyện Yên Thế tổ chức hội nghị tổng kết công tác năm 2022. Thượng tá Trưởng Công an huyện Đào Văn Lực chủ trì hội nghị.',
    )
    expect(parsed.meeting?.chair).toEqual({ name: 'Đào Văn Lực', titles: ['Trưởng Công an huyện'] })
    expect(parsed.officials).toEqual([{ name: 'Đào Văn Lực', titles: ['Trưởng Công an huyện'] }])
  })

  it('should name the chair with every title the article gives them, in any line', () => {
    const parsed = meetingArticle(
      'Ban Thường vụ Tỉnh ủy kiểm điểm năm 2022',
      'Sáng 9/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị kiểm điểm tập thể năm 2022. Đồng chí Trần Đức Lợi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.',
      'Đồng chí Bí thư Tỉnh ủy Hải Dương Trần Đức Lợi đề nghị làm rõ những hạn chế.',
    )
    const chair = {
      name: 'Trần Đức Lợi',
      titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Hải Dương'],
    }
    expect(parsed.officials).toEqual([chair])
    expect(parsed.meeting?.chair).toEqual(chair)
  })
})

describe('an acting holder of a post', () => {
  it('should read "Quyền Chủ tịch UBND tỉnh" after the name as the chair’s title', () => {
    const parsed = meetingArticle(
      'UBND tỉnh họp phiên thường kỳ tháng 4',
      'Ngày 27/4, UBND tỉnh họp phiên thường kỳ tháng 4/2022. Đồng chí Lê Văn Khải, Quyền Chủ tịch UBND tỉnh, chủ trì phiên họp.',
    )
    expect(parsed.meeting?.chair).toEqual({
      name: 'Lê Văn Khải',
      titles: ['Quyền Chủ tịch UBND tỉnh'],
    })
  })

  it('should read "quyền" before a name with no position as no title', () => {
    const parsed = meetingArticle(
      'Tiếp công dân định kỳ tháng 4',
      'Ngày 27/4, đồng chí Lê Văn Khải, Chủ tịch UBND huyện, tiếp công dân định kỳ, bảo đảm quyền lợi hợp pháp của người dân.',
    )
    expect(parsed.officials).toEqual([{ name: 'Lê Văn Khải', titles: ['Chủ tịch UBND huyện'] }])
  })
})

describe('a body’s standing members', () => {
  it('should give each member of "Thường trực Huyện ủy" a post in it, not the body’s name', () => {
    const parsed = meetingArticle(
      'Thường trực Huyện ủy giao ban tháng 12',
      'Sáng 9/1, Thường trực Huyện ủy giao ban. Dự có các đồng chí Thường trực Huyện ủy: Hà Văn Dũng, Bí thư; Vi Thị Én, Phó Bí thư Thường trực; Lò Văn Phong, Phó Bí thư, Chủ tịch UBND huyện; lãnh đạo các ban xây dựng Đảng.',
    )
    expect(parsed.officials).toEqual([
      { name: 'Hà Văn Dũng', titles: ['Bí thư Huyện ủy'] },
      { name: 'Vi Thị Én', titles: ['Phó Bí thư Thường trực Huyện ủy'] },
      { name: 'Lò Văn Phong', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] },
    ])
  })
})
