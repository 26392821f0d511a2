import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11's pattern classes together, as one made-up page each: what a careful editor writes
 * down from the whole page, every field at once.
 */
describe('whole made-up pages', () => {
  it('should read a council session page from Lâm Đồng: capitals, dotted date, credits', () => {
    const lead =
      'Sáng 3.6, HĐND huyện Đạ Tẻh khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 7. Đồng chí NGUYỄN VĂN HÙNG - UVBTV Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.'
    const parsed = parseArticle(
      [
        'Trang chủ » Thời sự » Chính trị',
        'HĐND HUYỆN ĐẠ TẺH KHAI MẠC KỲ HỌP THỨ 7',
        'Cập nhật: 04/06/2023 07:45',
        'Lượt xem: 2.310',
        'A A A',
        `(LĐ) - ${lead}`,
        'Đồng chí Nguyễn Văn Hùng phát biểu khai mạc kỳ họp (ảnh: Ngọc Hà)',
        'Dự kỳ họp có ông Điểu Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam huyện.',
        'TIN, ẢNH: NGỌC HÀ',
        'Chia sẻ',
        'In bài',
      ].join('\n'),
    )
    const chair = { name: 'NGUYỄN VĂN HÙNG', titles: ['UVBTV Huyện ủy', 'Chủ tịch HĐND huyện'] }
    expect(parsed).toMatchObject({
      title: 'HĐND HUYỆN ĐẠ TẺH KHAI MẠC KỲ HỌP THỨ 7',
      publishedAt: '2023-06-04T07:45:00+07:00',
      views: 2310,
      lead,
      byline: 'NGỌC HÀ',
      body: [
        {
          kind: 'caption',
          text: 'Đồng chí Nguyễn Văn Hùng phát biểu khai mạc kỳ họp',
          credit: 'Ngọc Hà',
        },
        {
          kind: 'paragraph',
          text: 'Dự kỳ họp có ông Điểu Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam huyện.',
        },
      ],
      meeting: { kind: 'councilSession', date: '2023-06-03', partOfDay: 'morning', chair },
      officials: [chair, { name: 'Điểu Văn Tám', titles: ['Chủ tịch Ủy ban MTTQ Việt Nam huyện'] }],
      units: ['HĐND huyện Đạ Tẻh'],
    })
  })

  it('should read an inspection page from Hà Nam: site name and section above the date', () => {
    const title = 'Ban Thường vụ Huyện ủy Kim Bảng kiểm tra công tác tại xã Nhật Tân'
    const lead =
      'Chiều ngày 20 tháng 9 năm 2023, Đoàn kiểm tra của Ban Thường vụ Huyện ủy do đồng chí Lê Thị Thu Hương, UV BTV, Trưởng Ban Tổ chức Huyện ủy làm trưởng đoàn đã kiểm tra tại Đảng ủy xã Nhật Tân.'
    const parsed = parseArticle(
      [
        'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG',
        'Tin tức - Sự kiện',
        'Thứ năm, 21/09/2023 | 16:02',
        title,
        'Số lượt xem: 77',
        lead,
        'Toàn cảnh buổi kiểm tra. Ảnh: Văn Quân',
        'Tiếp đoàn có đồng chí Bùi Văn Lâm, Bí thư Đảng ủy, Chủ tịch HĐND xã.',
        'Văn Quân – Hồng Nhung',
        'Cổng TTĐT huyện Kim Bảng',
      ].join('\n'),
    )
    expect(parsed).toMatchObject({
      title,
      publishedAt: '2023-09-21T16:02:00+07:00',
      views: 77,
      lead,
      byline: 'Văn Quân, Hồng Nhung',
      meeting: { kind: 'inspection', date: '2023-09-20', partOfDay: 'afternoon' },
      officials: [
        { name: 'Lê Thị Thu Hương', titles: ['UV BTV', 'Trưởng Ban Tổ chức Huyện ủy'] },
        { name: 'Bùi Văn Lâm', titles: ['Bí thư Đảng ủy', 'Chủ tịch HĐND xã'] },
      ],
    })
    expect(parsed.body).toEqual([
      { kind: 'caption', text: 'Toàn cảnh buổi kiểm tra.', credit: 'Văn Quân' },
      {
        kind: 'paragraph',
        text: 'Tiếp đoàn có đồng chí Bùi Văn Lâm, Bí thư Đảng ủy, Chủ tịch HĐND xã.',
      },
    ])
    // "làm trưởng đoàn" leads a delegation: no chair is invented.
    expect(parsed.meeting?.chair).toBeUndefined()
  })

  it('should read a city newspaper’s council page: breadcrumb, byline under the title, mistyped mark', () => {
    const title = 'Bầu bổ sung 1 Phó Chủ tịch UBND TP Cẩm Phả nhiệm kỳ 2021 - 2026'
    const sapo =
      'Tại kỳ họp chuyên đề, HĐND TP Cẩm Phả đã bầu bổ sung 1 Phó Chủ tịch UBND thành phố'
    const parsed = parseArticle(
      [
        'HOTLINE: 0903.111.222 - ĐẶT MUA BÁO',
        `Trang chủ > Thời sự > ${title}`,
        '27/10/2025 08:20 (GMT+07:00)',
        'N.Hương',
        `(QNO0- ${sapo}`,
        'Chiều 26-10, HĐND TP Cẩm Phả khóa XXI tổ chức kỳ họp chuyên đề để bầu bổ sung chức danh.',
        'Quảng cáo',
        'Đại biểu biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: N.Hương',
        'BQN',
      ].join('\n'),
    )
    expect(parsed).toMatchObject({
      title,
      publishedAt: '2025-10-27T08:20:00+07:00',
      lead: sapo,
      byline: 'N.Hương',
      body: [
        {
          kind: 'paragraph',
          text: 'Chiều 26-10, HĐND TP Cẩm Phả khóa XXI tổ chức kỳ họp chuyên đề để bầu bổ sung chức danh.',
        },
        {
          kind: 'caption',
          text: 'Đại biểu biểu quyết thông qua nghị quyết tại kỳ họp.',
          credit: 'N.Hương',
        },
      ],
    })
    expect(parsed.leftovers).toEqual(
      expect.arrayContaining(['Trang chủ » Thời sự', 'Quảng cáo', 'BQN']),
    )
  })
})
