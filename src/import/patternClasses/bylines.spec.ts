import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11, pattern 2: bylines in every form. The editor writes down the authors' names as
 * printed, in order, and nothing else (no label, unit, place, date or site name); a byline is
 * never a photo's caption nor a paragraph.
 */
const TITLE = 'Xã Thạnh Phú đối thoại với nông dân về chuyển đổi cây trồng'
const PUBLISH = 'Thứ ba, 10/01/2023 | 09:12:40'
const LEAD =
  'Chiều 9/1, UBND xã Thạnh Phú (huyện Cờ Đỏ) tổ chức hội nghị đối thoại với nông dân trên địa bàn xã năm 2023.'
const PARAGRAPH = 'Hội nghị đã tiếp nhận 12 ý kiến của bà con về giống, vốn và đầu ra cho nông sản.'

/** The article with these lines at its foot. */
const endingWith = (...foot: string[]) =>
  parseArticle([TITLE, PUBLISH, LEAD, PARAGRAPH, ...foot].join('\n'))

const ONLY_THE_PARAGRAPH = [{ kind: 'paragraph', text: PARAGRAPH }]

describe('bylines', () => {
  it.each([
    ['Thanh Hà - Minh Tuấn - Quốc Bảo', 'Thanh Hà, Minh Tuấn, Quốc Bảo'],
    ['Hồng Phúc – Thanh Hằng – Mỹ Linh', 'Hồng Phúc, Thanh Hằng, Mỹ Linh'],
    ['Thanh Liêm-Hữu Nghĩa', 'Thanh Liêm, Hữu Nghĩa'],
    ['Ngọc Lan, Hữu Tài', 'Ngọc Lan, Hữu Tài'],
    ['NGUYỄN HOÀNG - THÚY AN', 'NGUYỄN HOÀNG, THÚY AN'],
    ['BÍCH HUYỀN (TTXVN)', 'BÍCH HUYỀN'],
    ['Tin, ảnh: T.Hương - Đ.Khoa', 'T.Hương, Đ.Khoa'],
    ['Tr.Đức', 'Tr.Đức'],
    ['Ng.Hương - Th.Lâm', 'Ng.Hương, Th.Lâm'],
    ['Nhóm phóng viên', 'Nhóm phóng viên'],
    ['Nhóm Phóng viên Ban Biên tập', 'Nhóm Phóng viên Ban Biên tập'],
  ])('should read several names, capitals and initials: %s', (line, byline) => {
    const parsed = endingWith(line)
    expect(parsed.byline).toBe(byline)
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
  })

  it.each([
    ['Nguồn tin: Hồng Nhung', 'Hồng Nhung'],
    ['(CTV: Ngọc Ánh)', 'Ngọc Ánh'],
    ['Tin, ảnh: Hoàng Yến', 'Hoàng Yến'],
    ['Tin và ảnh: Quốc Dũng – Văn Hải', 'Quốc Dũng, Văn Hải'],
    ['Bài, ảnh: MINH KHANG', 'MINH KHANG'],
    ['Bài và ảnh: Ngô Tùng', 'Ngô Tùng'],
    ['Tin: Kim Ngân – Ảnh: Đức Anh', 'Kim Ngân, Đức Anh'],
    ['Tin: Hải Yến; Ảnh: Công Minh', 'Hải Yến, Công Minh'],
    ['Tác giả bài viết: Hoàng Anh', 'Hoàng Anh'],
    ['Tin & ảnh: Minh Tú', 'Minh Tú'],
    ['Tin/ảnh: Minh Tú', 'Minh Tú'],
    ['Phóng viên: Minh Tú', 'Minh Tú'],
    ['Theo Thu Hà (Báo Lạng Sơn)', 'Thu Hà'],
    ['Th: Văn Minh', 'Văn Minh'],
    ['Ảnh, tin: Bảo Ngọc', 'Bảo Ngọc'],
    ['Thông tin: Hồng Nhung', 'Hồng Nhung'],
    ['TH: Lan Anh - Quốc Việt', 'Lan Anh, Quốc Việt'],
  ])('should read the names after a label: %s', (line, byline) => {
    const parsed = endingWith(line)
    expect(parsed.byline).toBe(byline)
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
  })

  it.each([
    ['Thu Trang - Văn phòng HĐND và UBND huyện', 'Thu Trang'],
    ['Thanh Tâm, Văn phòng HĐND và UBND huyện', 'Thanh Tâm'],
    ['Quang Vinh (Trung tâm VHTT huyện)', 'Quang Vinh'],
    ['Thu Hà (Đài TT-TH huyện)', 'Thu Hà'],
    ['Lê Hoa - Thanh Tùng (Báo Bình Phước)', 'Lê Hoa, Thanh Tùng'],
    ['Trần Thị Mỹ Hạnh - CTV', 'Trần Thị Mỹ Hạnh'],
    ['Nguồn: Mỹ Duyên - Đài TT huyện', 'Mỹ Duyên'],
    ['Thanh Liêm - 10/01/2023', 'Thanh Liêm'],
    ['Tin: Thu Hà/Đài TT-TH Bến Cầu', 'Thu Hà'],
    ['THANH HÀ-', 'THANH HÀ'],
    ['Hà Nhung./.', 'Hà Nhung'],
  ])('should drop the writer’s unit, place or date after the name: %s', (line, byline) => {
    const parsed = endingWith(line)
    expect(parsed.byline).toBe(byline)
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
  })

  it('should read a byline followed by the site’s name', () => {
    const parsed = endingWith('Bảo Châu', 'Cổng Thông tin điện tử huyện Phú Tân')
    expect(parsed.byline).toBe('Bảo Châu')
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
  })

  it('should read a byline followed by share buttons and a newspaper’s name', () => {
    const parsed = endingWith('Ngọc Thảo - Văn Khánh', 'Chia sẻ', 'Báo Hậu Giang')
    expect(parsed.byline).toBe('Ngọc Thảo, Văn Khánh')
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
  })

  it('should read a byline above the related news', () => {
    const parsed = endingWith(
      'Đức Thịnh',
      'Tin cùng chuyên mục',
      'Huyện Cờ Đỏ tổ chức hội nghị về phát triển nông nghiệp',
    )
    expect(parsed.byline).toBe('Đức Thịnh')
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
  })

  it('should read "Tác giả: X" printed in the header on a line of its own', () => {
    const parsed = parseArticle(
      [TITLE, 'Tác giả: Trần Thị Mai', PUBLISH, LEAD, PARAGRAPH].join('\n'),
    )
    expect(parsed).toMatchObject({
      title: TITLE,
      publishedAt: '2023-01-10T09:12:40+07:00',
      lead: LEAD,
      byline: 'Trần Thị Mai',
    })
  })

  describe('right under the title', () => {
    it.each([
      ['Tr.Đức', 'Tr.Đức'],
      ['Bài, ảnh: Minh Tú', 'Minh Tú'],
      ['N.T.Hương - Q.Bảo', 'N.T.Hương, Q.Bảo'],
    ])('should take a marked byline for the author, not the title: %s', (line, byline) => {
      const parsed = parseArticle(['Thời sự', TITLE, line, `(NLĐO)- ${LEAD}`, PARAGRAPH].join('\n'))
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD, byline })
      expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
    })

    it('should take no author from a bare name there: it may be the place the report is from', () => {
      const parsed = parseArticle([TITLE, 'Hải Phòng', LEAD, PARAGRAPH].join('\n'))
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD })
      expect(parsed.byline).toBeUndefined()
    })

    it('should prefer the byline at the foot of the article', () => {
      const parsed = parseArticle([TITLE, 'Tr.Đức', LEAD, PARAGRAPH, 'Thanh Hà'].join('\n'))
      expect(parsed.byline).toBe('Thanh Hà')
    })
  })

  it.each([
    'Ban Biên tập',
    'BBT',
    'Theo Báo Sóc Trăng',
    'Theo TTXVN.',
    'Theo Báo Sóc Trăng./.',
    'Nguồn: Trung tâm Văn hóa - Thông tin huyện',
    'Người đăng: Quản trị viên',
  ])('should name no author and keep no paragraph for a source or account: %s', (line) => {
    const parsed = endingWith(line)
    expect(parsed.byline).toBeUndefined()
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
    expect(parsed.warnings).toContainEqual({
      field: 'byline',
      message: 'Không tìm thấy tác giả (no byline found)',
    })
  })

  it.each([
    [['HĐND xã Thạnh Phú'], undefined],
    [['Ban Tuyên giáo Huyện ủy Cờ Đỏ'], undefined],
    [['Thu Hà', 'Văn phòng HĐND và UBND huyện'], 'Thu Hà'],
  ])('should keep the office signing the article out of the body: %j', (foot, byline) => {
    const parsed = endingWith(...foot)
    expect(parsed.byline).toBe(byline)
    expect(parsed.body).toEqual(ONLY_THE_PARAGRAPH)
  })

  it('should take the writer above a last line crediting the photos, not the photographer', () => {
    const parsed = endingWith('Thu Hà', 'Ảnh: Minh Tâm')
    expect(parsed.byline).toBe('Thu Hà')
  })

  it('should name no author from a lone photo credit under a paragraph, and keep the credit', () => {
    const parsed = endingWith('Ảnh: Minh Tâm')
    expect(parsed.byline).toBeUndefined()
    expect(parsed.body).toEqual([
      ...ONLY_THE_PARAGRAPH,
      { kind: 'paragraph', text: 'Ảnh: Minh Tâm' },
    ])
    expect(parsed.warnings).toContainEqual({
      field: 'byline',
      message: 'Không tìm thấy tác giả (no byline found)',
    })
  })

  it('should keep a last sentence saying what a report found, though it opens like a source', () => {
    const line = 'Theo báo cáo, cả xã có 12 hộ nghèo.'
    const parsed = endingWith(line)
    expect(parsed.body.map((block) => block.text)).toContain(line)
    expect(parsed.leftovers).not.toContain(line)
  })

  it('should keep a last line opening with an office’s name but saying what it did', () => {
    const line = 'Ban Tổ chức trao giải cho các đội thi xuất sắc'
    const parsed = endingWith(line)
    expect(parsed.body.map((block) => block.text)).toContain(line)
    expect(parsed.leftovers).not.toContain(line)
  })

  it('should read no author from an office’s name after "Tin": "Tin Phòng GDĐT"', () => {
    const parsed = endingWith('Tin Phòng GDĐT')
    expect(parsed.byline).toBeUndefined()
    expect(parsed.body.filter((block) => block.kind === 'caption')).toEqual([])
  })
})
