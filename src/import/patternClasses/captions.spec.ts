import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11, pattern 8: photo captions, with their credit in any case and bracket ("(ảnh: X)",
 * "- ảnh: X.", ". Ảnh: X", a credit on the line below), captions ending with a full stop or
 * holding two photos' captions joined by ";". A caption's credit is never the byline, a byline
 * never a caption, and a paragraph's sentence never a caption.
 */
const TITLE = 'Huyện Phù Mỹ tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018'
const PUBLISH = 'Thứ hai, 05/03/2018 | 09:12:40'
const LEAD = 'Sáng 2/3, UBND huyện Phù Mỹ tổ chức hội nghị tổng kết công tác năm 2017.'
const PARAGRAPH = 'Hội nghị đã thống nhất các chỉ tiêu năm 2018 với nhiều giải pháp đồng bộ.'
const bodyOf = (...lines: string[]) =>
  parseArticle([TITLE, PUBLISH, LEAD, ...lines, PARAGRAPH, 'Ngọc Trâm'].join('\n'))

const paragraph = { kind: 'paragraph', text: PARAGRAPH }

describe('captions', () => {
  it.each([
    [
      'Đồng chí Nguyễn Văn Hải, Chủ tịch UBND huyện phát biểu tại hội nghị (ảnh: Hữu Phước)',
      'Đồng chí Nguyễn Văn Hải, Chủ tịch UBND huyện phát biểu tại hội nghị',
      'Hữu Phước',
    ],
    ['Quang cảnh hội nghị. (ảnh: Hữu Phước)', 'Quang cảnh hội nghị.', 'Hữu Phước'],
    [
      'Các đại biểu biểu quyết thông qua nghị quyết. Ảnh: Minh Quân',
      'Các đại biểu biểu quyết thông qua nghị quyết.',
      'Minh Quân',
    ],
    [
      'Các đại biểu biểu quyết thông qua nghị quyết (ảnh: Minh Quân).',
      'Các đại biểu biểu quyết thông qua nghị quyết',
      'Minh Quân',
    ],
    ['Đại biểu dự hội nghị - ảnh: Phương Thảo', 'Đại biểu dự hội nghị', 'Phương Thảo'],
    [
      'Đồng chí Trần Văn Hải phát biểu khai mạc kỳ họp - ảnh: Hải Âu.',
      'Đồng chí Trần Văn Hải phát biểu khai mạc kỳ họp',
      'Hải Âu',
    ],
    [
      'Đồng chí Nguyễn Văn Hải, Chủ tịch UBND huyện phát biểu kết luận hội nghị. (Ảnh: H.P)',
      'Đồng chí Nguyễn Văn Hải, Chủ tịch UBND huyện phát biểu kết luận hội nghị.',
      'H.P',
    ],
    [
      'Đồng chí Trần Văn Hải phát biểu tại hội nghị.(Ảnh: H.P)',
      'Đồng chí Trần Văn Hải phát biểu tại hội nghị.',
      'H.P',
    ],
    [
      'Lãnh đạo huyện chụp ảnh lưu niệm với các đại biểu (Ảnh: Thanh Tâm)',
      'Lãnh đạo huyện chụp ảnh lưu niệm với các đại biểu',
      'Thanh Tâm',
    ],
    ['Toàn cảnh hội nghị. Ảnh: Internet', 'Toàn cảnh hội nghị.', 'Internet'],
    [
      'Đồng chí Trần Văn Hải phát biểu tại hội nghị (ảnh Hải Âu)',
      'Đồng chí Trần Văn Hải phát biểu tại hội nghị',
      'Hải Âu',
    ],
  ])('should split the credit off "%s"', (line, text, credit) => {
    expect(bodyOf(line).body).toEqual([{ kind: 'caption', text, credit }, paragraph])
  })

  it.each([
    'Toàn cảnh hội nghị.',
    'Quang cảnh hội nghị',
    'Đồng chí Nguyễn Văn Hải phát biểu chỉ đạo; các đại biểu dự hội nghị.',
    'Bà Trần Thị Lan, Phó Chủ tịch UBND huyện trao giấy khen cho các tập thể; ông Lê Minh, Phó Chủ tịch HĐND huyện trao giấy khen cho các cá nhân.',
  ])('should read "%s" as a caption without a credit', (line) => {
    expect(bodyOf(line).body).toEqual([{ kind: 'caption', text: line }, paragraph])
  })

  it('should give a caption the credit printed on the line below, even as the last line', () => {
    const parsed = parseArticle(
      [TITLE, PUBLISH, LEAD, PARAGRAPH, 'Đại biểu dự hội nghị.', 'Ảnh: Hữu Phước'].join('\n'),
    )
    expect(parsed.body).toEqual([
      paragraph,
      { kind: 'caption', text: 'Đại biểu dự hội nghị.', credit: 'Hữu Phước' },
    ])
    expect(parsed.byline).toBeUndefined()
  })

  it('should drop the "Ảnh:" label before a caption that says what the photo shows', () => {
    expect(bodyOf('Ảnh: Đồng chí Nguyễn Văn Hải phát biểu tại hội nghị').body).toEqual([
      { kind: 'caption', text: 'Đồng chí Nguyễn Văn Hải phát biểu tại hội nghị' },
      paragraph,
    ])
  })

  it('should keep a sentence opening with "Phát biểu tại hội nghị," a paragraph', () => {
    const line =
      'Phát biểu tại hội nghị, đồng chí Trần Minh Khoa, Bí thư Huyện ủy ghi nhận kết quả đạt được.'
    expect(bodyOf(line).body).toEqual([{ kind: 'paragraph', text: line }, paragraph])
  })

  it.each(['Bài: Ngọc Trâm - Ảnh: Hữu Phước', 'Bài và ảnh: Ngọc Trâm'])(
    'should never read a byline "%s" inside the body as a caption',
    (line) => {
      const parsed = parseArticle([TITLE, PUBLISH, LEAD, line, PARAGRAPH].join('\n'))
      expect(parsed.body.filter((block) => block.kind === 'caption')).toEqual([])
    },
  )

  it('should keep the byline out of the captions', () => {
    const parsed = bodyOf('Đồng chí Nguyễn Văn Hải phát biểu tại hội nghị (Ảnh: PV)')
    expect(parsed.byline).toBe('Ngọc Trâm')
    expect(parsed.body).toEqual([
      { kind: 'caption', text: 'Đồng chí Nguyễn Văn Hải phát biểu tại hội nghị', credit: 'PV' },
      paragraph,
    ])
  })

  it.each([
    'Đồng chí Trần Văn Hải, Bí thư Huyện ủy kết luận hội nghị.',
    'Đại biểu thảo luận tại tổ.',
    'Đồng chí Lê Thị Mai chúc mừng Đại hội.',
    'Ban Chấp hành Đảng bộ xã khóa mới ra mắt Đại hội.',
    'Các đại biểu dự lễ khai mạc.',
  ])('should read "%s", a caption ending with what its people do, as a caption', (line) => {
    expect(bodyOf(line).body).toEqual([{ kind: 'caption', text: line }, paragraph])
  })

  it.each(['Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND huyện.', 'Bí thư Huyện ủy Trần Minh Khoa.'])(
    'should read "%s", a person and their titles, as a portrait’s caption',
    (line) => {
      expect(bodyOf(line).body).toEqual([{ kind: 'caption', text: line }, paragraph])
    },
  )

  it('should give a line of a caption’s shape the credit printed below it', () => {
    const line = 'Các đại biểu biểu quyết thông qua nghị quyết, dự án của huyện.'
    expect(bodyOf(line).body[0]).toEqual({ kind: 'paragraph', text: line })
    expect(bodyOf(line, 'Ảnh: Hữu Phước').body).toEqual([
      { kind: 'caption', text: line, credit: 'Hữu Phước' },
      paragraph,
    ])
  })

  it('should read a credited line holding ";" in its titles as a caption', () => {
    const line =
      'Đồng chí Nguyễn Văn Hải, Phó Bí thư Huyện ủy; Chủ tịch UBND huyện phát biểu tại hội nghị. (ảnh: Hữu Phước)'
    expect(bodyOf(line).body).toEqual([
      {
        kind: 'caption',
        text: 'Đồng chí Nguyễn Văn Hải, Phó Bí thư Huyện ủy; Chủ tịch UBND huyện phát biểu tại hội nghị.',
        credit: 'Hữu Phước',
      },
      paragraph,
    ])
  })

  it.each([
    'Dự kỳ họp có ông Điểu Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam huyện.',
    'Tham dự hội nghị có đồng chí Lê Văn Ba, Phó Chủ tịch UBND tỉnh.',
    'Cùng dự có các đồng chí: Lê Văn Ba, Phó Chủ tịch UBND tỉnh',
    'Cùng dự hội nghị có đồng chí Hoàng Văn Em, Phó Bí thư Huyện ủy',
    'Tham dự Hội nghị, về phía tỉnh có đồng chí Lê Văn Ba, Phó Chủ tịch UBND tỉnh',
    'Đến dự và chỉ đạo hội nghị, có đồng chí Lê Văn Ba - Ủy viên Ban Thường vụ Huyện ủy',
    'Dự và chỉ đạo Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXV, nhiệm kỳ 2020-2025 có đồng chí Lê Văn Ba.',
    'Chủ trì Hội nghị có ông Lê Văn Ba, Chủ tịch UBND huyện.',
    'Hội nghị có sự tham dự của đồng chí Lê Văn Ba, Phó Chủ tịch UBND huyện',
  ])('should keep the list of who attended or chaired a paragraph: %s', (line) => {
    expect(bodyOf(line).body).toEqual([{ kind: 'paragraph', text: line }, paragraph])
  })

  it.each([
    'Phiên họp được tổ chức trực tuyến với các xã, thị trấn, do Chủ tịch UBND huyện Lê Văn Ba chủ trì.',
    'Hội nghị đã nghe đồng chí Phạm Văn Đông trình bày báo cáo tình hình kinh tế - xã hội.',
    'Các đại biểu dự hội nghị tham gia phát biểu thảo luận, đóng góp ý kiến vào từng nội dung.',
    'Sáng 12/1, Ban Thường vụ Huyện ủy họp phiên thường kỳ, đồng chí Lê Văn Ba phát biểu tại hội nghị.',
    'Đồng chí Lê Văn Ba nhấn mạnh, thời gian tới các địa phương cần tập trung chỉ đạo',
    'Thành công của Đại hội Đoàn cấp huyện và tương đương là nề',
    '[Quyết tâm xây dựng chính quyền đổi mới, liêm chính, hiệu quả]',
    'Phát huy vai trò của đại biểu dân cử',
    'Nâng cao chất lượng các kỳ họp HĐND huyện',
  ])('should keep "%s", running text, a paragraph', (line) => {
    expect(bodyOf(line).body).toEqual([{ kind: 'paragraph', text: line }, paragraph])
  })

  it.each([
    [
      'Ảnh 1: Đồng chí Nguyễn Văn Hải phát biểu tại hội nghị',
      'Đồng chí Nguyễn Văn Hải phát biểu tại hội nghị',
    ],
    [
      'Hình 2: Các đại biểu biểu quyết thông qua nghị quyết.',
      'Các đại biểu biểu quyết thông qua nghị quyết.',
    ],
    ['Ảnh trên: Toàn cảnh hội nghị', 'Toàn cảnh hội nghị'],
  ])('should read a numbered photo label as a caption’s mark: %s', (line, text) => {
    expect(bodyOf(line).body).toEqual([{ kind: 'caption', text }, paragraph])
  })

  describe('a photo between the heading and the sapo, with no publish line', () => {
    const CAPTION =
      'Đồng chí Lê Văn Hùng, Phó Chủ tịch Thường trực HĐND tỉnh phát biểu tại hội nghị'
    const SAPO =
      'Ngày 08/6, Thường trực HĐND tỉnh tổ chức hội nghị giao ban với Thường trực HĐND các huyện, thành phố 6 tháng đầu năm 2018.'

    it('should keep the heading as the title and the line naming the event by its kind as a caption', () => {
      const parsed = parseArticle([TITLE, CAPTION, SAPO, PARAGRAPH, 'Minh Tâm'].join('\n'))
      expect(parsed).toMatchObject({ title: TITLE, lead: SAPO, byline: 'Minh Tâm' })
      expect(parsed.body).toEqual([{ kind: 'caption', text: CAPTION }, paragraph])
    })

    it('should take no site name above the caption for the heading', () => {
      const heading = 'Chủ tịch UBND huyện Phù Mỹ Lê Văn Hùng chủ trì cuộc họp'
      const parsed = parseArticle(
        ['Cổng Thông tin điện tử huyện Phù Mỹ', heading, SAPO, PARAGRAPH].join('\n'),
      )
      expect(parsed.title).toBe(heading)
    })
  })
})
