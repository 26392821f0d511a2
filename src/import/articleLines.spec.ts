import { describe, expect, it } from 'vitest'

import { assignLineRoles, splitLines } from './articleLines'

describe('splitLines', () => {
  it('should normalise every line and drop blank ones', () => {
    expect(splitLines('Tiêu đề hoá\r\n\r\n\u00a0 \n Sapo\u00a0 dài\rThân')).toEqual([
      'Tiêu đề hóa',
      'Sapo dài',
      'Thân',
    ])
  })
})

describe('assignLineRoles', () => {
  it('should take out portal lines wherever they stand', () => {
    const roles = assignLineRoles([
      'Thứ 5, 23/05/2024, 06:13[GMT+7]',
      'Tiêu đề',
      'Thứ 4, 30/12/2020 | 18:45:37',
      '8,093 lượt xem',
      'Sapo.',
      'Audio: a.mp3',
      'Đoạn một.',
      'Minh Hương',
      'Tin cùng chuyên mục',
      'Xem tin theo ngày',
    ])
    expect(roles).toEqual({
      title: 'Tiêu đề',
      lead: 'Sapo.',
      bodyLines: ['Đoạn một.'],
      captionsAboveLead: 0,
      byline: 'Minh Hương',
      leftovers: ['Thứ 5, 23/05/2024, 06:13[GMT+7]', 'Tin cùng chuyên mục', 'Xem tin theo ngày'],
      publish: { publishedAt: '2020-12-30T18:45:37+07:00', weekdayMatches: true },
      views: 8093,
      audio: ['a.mp3'],
    })
  })

  it('should not take the title or the lead for a byline', () => {
    expect(assignLineRoles(['Minh Hương', 'Triệu Biển'])).toEqual({
      title: 'Minh Hương',
      lead: 'Triệu Biển',
      bodyLines: [],
      captionsAboveLead: 0,
      leftovers: [],
      audio: [],
    })
  })

  it('should leave the title out when only portal lines are left', () => {
    expect(assignLineRoles(['Tin cùng chuyên mục']).title).toBeUndefined()
  })
})

describe('assignLineRoles on other portals’ pages', () => {
  it('should take the line above the publish date for the title, the lines above it for the page', () => {
    const roles = assignLineRoles([
      'Truy cập nội dung luôn',
      'UBND xã Sơn Hà',
      'Sáng ngày 22/7/2021, HĐND xã Sơn Hà tổ chức kỳ họp thứ hai',
      '05/04/2023 16:39 78',
      'Kỳ họp đã thông qua các báo cáo về tình hình kinh tế - xã hội sáu tháng đầu năm.',
    ])
    expect(roles.title).toBe('Sáng ngày 22/7/2021, HĐND xã Sơn Hà tổ chức kỳ họp thứ hai')
    expect(roles.publish?.publishedAt).toBe('2023-04-05T16:39:00+07:00')
    expect(roles.views).toBe(78)
    expect([...roles.leftovers].sort()).toEqual(['Truy cập nội dung luôn', 'UBND xã Sơn Hà'])
  })

  it('should skip site names and slogans above the heading and a newspaper mark before the lead', () => {
    const roles = assignLineRoles([
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
      'QUẬN 9 - THÀNH PHỐ HỒ CHÍ MINH',
      'Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân',
      '(QNO) - Ngày 16/5/2024, Ủy ban MTTQ phường phối hợp UBND phường tổ chức hội nghị.',
      'Vũ Nguyệt – Nhật Quang',
    ])
    expect(roles.title).toBe('Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân')
    expect(roles.lead).toBe(
      'Ngày 16/5/2024, Ủy ban MTTQ phường phối hợp UBND phường tổ chức hội nghị.',
    )
    expect(roles.byline).toBe('Vũ Nguyệt, Nhật Quang')
  })

  it('should split a heading from the date glued to it and find the author in the header', () => {
    const roles = assignLineRoles([
      'date 2025-11-07 Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11',
      'HOÀI AN |',
      'Sáng 7/11, Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ tại trụ sở.',
    ])
    expect(roles.title).toBe('Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11')
    expect(roles.publish?.publishedAt).toBe('2025-11-07T00:00:00+07:00')
    expect(roles.byline).toBe('HOÀI AN')
  })
})

// Made-up pages in the forms portals print (issue 11: page chrome above and around the article).
describe('assignLineRoles on page chrome', () => {
  const SAPO = 'Sáng 3/6, UBND huyện Mỹ Lộc tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.'
  const TITLE = 'UBND huyện Mỹ Lộc sơ kết công tác 6 tháng đầu năm 2024'

  it('should take menu and account lines in a row for chrome, by their shape', () => {
    const roles = assignLineRoles([
      'Giới thiệu | Tin tức | Văn bản | Liên hệ',
      'Trang chủ / Tin tức / Thời sự tổng hợp',
      '› Chính trị',
      TITLE,
      SAPO,
      'Đoạn một.',
    ])
    expect(roles.title).toBe(TITLE)
    expect(roles.lead).toBe(SAPO)
  })

  it('should split menu items printed without spaces from the heading glued to them', () => {
    const roles = assignLineRoles([`Trang chủXã hộiChính trị${TITLE}`, SAPO])
    expect(roles.title).toBe(TITLE)
    expect(roles.lead).toBe(SAPO)
    expect(roles.leftovers).toContain('Trang chủ » Xã hội » Chính trị')
  })

  it('should take the line with the newspaper’s mark for the sapo, past a caption', () => {
    const roles = assignLineRoles([
      TITLE,
      '24/05/2024 | 07:50 GMT+7',
      'Đồng chí Trần Văn An phát biểu tại hội nghị sơ kết công tác 6 tháng đầu năm.',
      `(HG) - ${SAPO}`,
      'Đoạn một.',
    ])
    expect(roles.title).toBe(TITLE)
    expect(roles.lead).toBe(SAPO)
    expect(roles.bodyLines[0]).toBe(
      'Đồng chí Trần Văn An phát biểu tại hội nghị sơ kết công tác 6 tháng đầu năm.',
    )
    expect(roles.captionsAboveLead).toBe(1)
  })

  it('should take the heading above the sapo for the title, below slogans and site names', () => {
    const roles = assignLineRoles([
      'Mừng Đảng, mừng Xuân, mừng đất nước đổi mới, chào năm mới thắng lợi!',
      'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ LỘC',
      'Logo',
      'Đăng ký | Đăng nhập',
      TITLE,
      `Kinhtedothi - ${SAPO}`,
    ])
    expect(roles.title).toBe(TITLE)
    expect(roles.lead).toBe(SAPO)
  })

  it('should skip share and comment boxes before the sapo and after the byline', () => {
    const roles = assignLineRoles([
      TITLE,
      'Chia sẻ',
      'Phóng to',
      'Thu nhỏ',
      SAPO,
      'Đoạn một.',
      'N.ĐỨC',
      'GÓP Ý KIẾN',
      'Tin liên quan',
    ])
    expect(roles.lead).toBe(SAPO)
    expect(roles.byline).toBe('N.ĐỨC')
  })

  it('should take a site header’s form under the title for the publish line, above it for the day saved', () => {
    const roles = assignLineRoles([
      'Thứ 7, 23/11/2024, 21:41[GMT+7]',
      TITLE,
      'Thứ Tư, 08/04/2015, 08:11 [GMT+7]',
      SAPO,
    ])
    expect(roles.title).toBe(TITLE)
    expect(roles.publish?.publishedAt).toBe('2015-04-08T08:11:00+07:00')
    expect(roles.leftovers).toContain('Thứ 7, 23/11/2024, 21:41[GMT+7]')
  })

  it('should drop a short mark in capitals before the sapo', () => {
    expect(assignLineRoles([TITLE, `ND - ${SAPO}`]).lead).toBe(SAPO)
  })

  it('should split a stored page’s "date" prefix from the heading in any form', () => {
    expect(assignLineRoles([`date 2024-11-19T08:30:00+07:00 ${TITLE}`, SAPO]).title).toBe(TITLE)
    expect(assignLineRoles([`date 2024-11 ${TITLE}`, SAPO]).title).toBe(TITLE)
  })
})

describe('assignLineRoles on photos’ alt texts', () => {
  it('should take an alt text for chrome and keep the caption glued after it', () => {
    const roles = assignLineRoles([
      'Tổng giám đốc làm việc với tỉnh Hòa Bình',
      'Sáng 3/6, Tổng giám đốc đã làm việc với lãnh đạo tỉnh Hòa Bình về công tác thông tin.',
      'Tổng giám đốc làm việc với tỉnh Hòa Bình ảnh 1Tổng giám đốc phát biểu tại buổi làm việc. Ảnh: Tuấn Anh',
      'Tổng giám đốc làm việc với tỉnh Hòa Bình - Hình 2',
      'bi-thu-phat-bieu.jpg',
      'Đoạn một.',
    ])
    expect(roles.bodyLines).toStrictEqual([
      'Tổng giám đốc phát biểu tại buổi làm việc. Ảnh: Tuấn Anh',
      'Đoạn một.',
    ])
    expect(roles.leftovers).toStrictEqual([
      'Tổng giám đốc làm việc với tỉnh Hòa Bình ảnh 1',
      'Tổng giám đốc làm việc với tỉnh Hòa Bình - Hình 2',
      'bi-thu-phat-bieu.jpg',
    ])
  })
})

// The caption of the photo printed under the heading, above the sapo, in the forms portals give it.
describe('assignLineRoles on a photo’s caption above the sapo', () => {
  const TITLE = 'Thành ủy Mỹ Lộc tổng kết công tác xây dựng tổ chức cơ sở đảng năm 2023'
  const SAPO =
    'Chiều 12/1, Thành ủy Mỹ Lộc tổ chức hội nghị tổng kết công tác xây dựng tổ chức cơ sở đảng năm 2023.'

  it('should keep an event named as a sentence under the heading as a caption, not the lead', () => {
    const caption =
      'Hội nghị tổng kết công tác xây dựng tổ chức cơ sở đảng trong sạch vững mạnh năm 2023 và phương hướng, nhiệm vụ năm 2024.'
    const roles = assignLineRoles([TITLE, '15/01/2024 08:20', caption, SAPO, 'Đoạn một.'])
    expect(roles.lead).toBe(SAPO)
    expect(roles.bodyLines[0]).toBe(caption)
    expect(roles.captionsAboveLead).toBe(1)
  })

  it('should keep a speaker’s caption ending with a full stop above the sapo, not the lead', () => {
    const caption =
      'Đồng chí Trần Văn An, Bí thư Thành ủy phát biểu tại hội nghị tổng kết năm 2023.'
    const roles = assignLineRoles([TITLE, caption, SAPO, 'Đoạn một.'])
    expect(roles.lead).toBe(SAPO)
    expect(roles.captionsAboveLead).toBe(1)
  })

  it('should take the caption’s sapo below it even when the sapo reads as no paragraph', () => {
    const caption = 'Quang cảnh hội nghị tổng kết công tác xây dựng tổ chức cơ sở đảng năm 2023.'
    const sapo = 'Thành ủy Mỹ Lộc tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024'
    const roles = assignLineRoles([TITLE, caption, sapo, 'Đoạn một.'])
    expect(roles.lead).toBe(sapo)
  })

  it('should not take a line the page prints again lower down (a slogan, a menu) for the lead', () => {
    const slogan =
      'Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024.'
    const roles = assignLineRoles([TITLE, slogan, SAPO, 'Đoạn một.', slogan, 'Liên hệ'])
    expect(roles.lead).toBe(SAPO)
  })

  it('should still take a sapo that opens with the event and says what happened', () => {
    const sapo =
      'Hội nghị tổng kết công tác xây dựng tổ chức cơ sở đảng năm 2023 của Thành ủy Mỹ Lộc đã diễn ra sáng 12/1.'
    const roles = assignLineRoles([
      TITLE,
      sapo,
      'Đoạn một dài hơn, kể lại hội nghị diễn ra thế nào.',
    ])
    expect(roles.lead).toBe(sapo)
  })

  it('should still take a short sapo that names its chair and its day', () => {
    const sapo =
      'Các Phó Chủ tịch HĐND huyện Lê Thị Bình, Phạm Văn Cường đồng chủ trì kỳ họp sáng 21/8/2023.'
    expect(assignLineRoles([TITLE, sapo, 'Đoạn một.']).lead).toBe(sapo)
  })

  it('should still take a sapo that opens with the day and ends with its chair', () => {
    const sapo = 'Sáng 12/1, Thành ủy Mỹ Lộc họp tổng kết năm 2023, đồng chí Trần Văn An chủ trì.'
    const roles = assignLineRoles([TITLE, sapo, SAPO])
    expect(roles.lead).toBe(sapo)
  })
})

describe('assignLineRoles and related news below the article', () => {
  it('should take no byline from the titles listed under a related-news heading', () => {
    const roles = assignLineRoles([
      'Tỉnh đoàn tổng kết công tác Đoàn năm 2023 tại các huyện',
      'Sáng 3/6, Tỉnh đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh niên năm 2023.',
      'Các tin khác',
      'Tin CÁC HUYỆN, THỊ, THÀNH ĐOÀN',
    ])
    expect(roles.byline).toBeUndefined()
    expect(roles.leftovers).toContain('Tin CÁC HUYỆN, THỊ, THÀNH ĐOÀN')
  })

  it('should keep the article’s paragraphs after a box of related links', () => {
    const roles = assignLineRoles([
      'Tỉnh đoàn tổng kết công tác Đoàn năm 2023 tại các huyện',
      'Sáng 3/6, Tỉnh đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh niên năm 2023.',
      'Tin liên quan',
      'Hội nghị đánh giá cao những kết quả mà các cơ sở Đoàn đạt được trong năm qua, nhất là công tác tập hợp thanh niên.',
    ])
    expect(roles.bodyLines).toContain(
      'Hội nghị đánh giá cao những kết quả mà các cơ sở Đoàn đạt được trong năm qua, nhất là công tác tập hợp thanh niên.',
    )
  })
})
