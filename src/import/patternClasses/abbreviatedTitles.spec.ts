import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11, pattern 4: abbreviated titles (TUV, HUV, UVBTV, UVTV, BTV, UV BCH, UV.BTV, ĐBQH, TT,
 * TP, HĐND, UBND, MTTQ, TAND, VKSND), titles after a name with no comma ("Ngô Văn E Tỉnh ủy
 * viên, …"), "ông/bà", names in capitals, names of two to four syllables and women's "Thị" names,
 * and a title the sentence gives ("được bầu giữ chức"). Titles are kept as printed.
 */
const PUBLISH = 'Thứ ba, 11/07/2023 | 09:12:40'
const TITLE = 'Huyện Lục Yên sơ kết công tác 6 tháng đầu năm 2023'
const LEAD =
  'Sáng 10/7, Huyện ủy Lục Yên tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.'
const withLines = (...lines: string[]) => parseArticle([TITLE, PUBLISH, LEAD, ...lines].join('\n'))

describe('abbreviated and unpunctuated titles', () => {
  it.each([
    [
      'Đồng chí Hoàng Văn Thắng, TUV, Bí thư Huyện ủy chủ trì hội nghị.',
      { name: 'Hoàng Văn Thắng', titles: ['TUV', 'Bí thư Huyện ủy'] },
    ],
    [
      'Ông Trần Đình Quý, HUV, Phó Chủ tịch UBND huyện chủ trì hội nghị.',
      { name: 'Trần Đình Quý', titles: ['HUV', 'Phó Chủ tịch UBND huyện'] },
    ],
    [
      'Đ/c Nông Thị Hà UVBTV Huyện ủy, Phó Chủ tịch Thường trực HĐND huyện chủ trì hội nghị.',
      {
        name: 'Nông Thị Hà',
        titles: ['UVBTV Huyện ủy', 'Phó Chủ tịch Thường trực HĐND huyện'],
      },
    ],
    [
      'Đồng chí Đỗ Văn Trung, UVTV Tỉnh ủy, Bí thư Huyện ủy chủ trì hội nghị.',
      { name: 'Đỗ Văn Trung', titles: ['UVTV Tỉnh ủy', 'Bí thư Huyện ủy'] },
    ],
    [
      'Chủ trì hội nghị có đồng chí Đỗ Văn Trung - BTV Tỉnh ủy, Bí thư Huyện ủy.',
      { name: 'Đỗ Văn Trung', titles: ['BTV Tỉnh ủy', 'Bí thư Huyện ủy'] },
    ],
    [
      'Đồng chí Hà Văn Rạng, UV BCH Đảng bộ tỉnh, Bí thư Huyện ủy Lục Yên chủ trì hội nghị.',
      { name: 'Hà Văn Rạng', titles: ['UV BCH Đảng bộ tỉnh', 'Bí thư Huyện ủy Lục Yên'] },
    ],
    [
      'Đồng chí Đặng Văn Vinh, UV.BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.',
      { name: 'Đặng Văn Vinh', titles: ['UV.BTV Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'] },
    ],
    [
      'Đồng chí Hoàng Văn Thắng, Phó Bí thư TT Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.',
      { name: 'Hoàng Văn Thắng', titles: ['Phó Bí thư TT Huyện ủy', 'Chủ tịch HĐND huyện'] },
    ],
    [
      'Đồng chí Nguyễn Văn Lộc, Ủy viên BTV Tỉnh ủy, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.',
      {
        name: 'Nguyễn Văn Lộc',
        titles: ['Ủy viên BTV Tỉnh ủy', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
      },
    ],
    [
      'Đồng chí Phạm Thị Hằng, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.',
      { name: 'Phạm Thị Hằng', titles: ['UVT.Ư Đảng', 'Bí thư Tỉnh ủy'] },
    ],
    ['Đ/c Lê Thị Sen - BTĐU chủ trì hội nghị.', { name: 'Lê Thị Sen', titles: ['BTĐU'] }],
    [
      'Đồng chí Hồ Văn Tám, Tỉnh ủy viên, Giám đốc Sở TN&MT chủ trì hội nghị.',
      { name: 'Hồ Văn Tám', titles: ['Tỉnh ủy viên', 'Giám đốc Sở TN&MT'] },
    ],
    [
      'Đồng chí Vũ Văn Hải, UVTW Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.',
      { name: 'Vũ Văn Hải', titles: ['UVTW Đảng', 'Bí thư Tỉnh ủy'] },
    ],
    [
      'Đồng chí Tô Văn Lợi, TVTU, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
      { name: 'Tô Văn Lợi', titles: ['TVTU', 'Phó Chủ tịch UBND tỉnh'] },
    ],
    [
      'Đồng chí Tô Văn Lợi - Thường vụ Tỉnh ủy - Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
      { name: 'Tô Văn Lợi', titles: ['Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'] },
    ],
    [
      'Đồng chí Mai Thị Lan, Tỉnh Ủy viên, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.',
      { name: 'Mai Thị Lan', titles: ['Tỉnh Ủy viên', 'Phó Chủ tịch HĐND tỉnh'] },
    ],
    [
      'Đồng chí Lưu Đức Anh - Đảng ủy viên, Phó Chủ tịch UBND xã chủ trì hội nghị.',
      { name: 'Lưu Đức Anh', titles: ['Đảng ủy viên', 'Phó Chủ tịch UBND xã'] },
    ],
    [
      'Đồng chí Lê Văn Ba, UVBTV HU, Phó Chủ tịch UBND huyện chủ trì hội nghị.',
      { name: 'Lê Văn Ba', titles: ['UVBTV HU', 'Phó Chủ tịch UBND huyện'] },
    ],
    [
      'Đồng chí Lê Văn Ba, UV BTV TU, Trưởng Ban Tuyên giáo TU chủ trì hội nghị.',
      { name: 'Lê Văn Ba', titles: ['UV BTV TU', 'Trưởng Ban Tuyên giáo TU'] },
    ],
    [
      'Đồng chí Lê Văn Ba, TUV, PCT TT UBND tỉnh chủ trì hội nghị.',
      { name: 'Lê Văn Ba', titles: ['TUV', 'PCT TT UBND tỉnh'] },
    ],
    [
      'Đồng chí Lê Văn Ba, CT UBND xã chủ trì hội nghị.',
      { name: 'Lê Văn Ba', titles: ['CT UBND xã'] },
    ],
    [
      'Đồng chí Lê Văn Ba, PBT TT Huyện ủy chủ trì hội nghị.',
      { name: 'Lê Văn Ba', titles: ['PBT TT Huyện ủy'] },
    ],
    [
      'Đồng chí Lê Văn Ba, Phó GĐ Sở Nội vụ chủ trì hội nghị.',
      { name: 'Lê Văn Ba', titles: ['Phó GĐ Sở Nội vụ'] },
    ],
  ])('should read the chair’s abbreviated titles in: %s', (line, chair) => {
    const parsed = withLines(line)
    expect(parsed.meeting?.chair).toEqual(chair)
    expect(parsed.officials).toEqual([chair])
  })

  it('should read titles after a name with no comma between', () => {
    const parsed = withLines(
      'Đồng chí Ngô Văn Thành Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.',
    )
    expect(parsed.meeting?.chair).toEqual({
      name: 'Ngô Văn Thành',
      titles: ['Tỉnh ủy viên', 'Bí thư Huyện ủy'],
    })
  })

  it('should read a name in capitals and keep it as printed', () => {
    const parsed = withLines(
      'Đồng chí NGUYỄN VĂN LONG, Bí thư Huyện ủy chủ trì hội nghị. Dự có đồng chí TRẦN THỊ MAI HOA - Phó Chủ tịch UBND huyện.',
    )
    expect(parsed.meeting?.chair).toEqual({ name: 'NGUYỄN VĂN LONG', titles: ['Bí thư Huyện ủy'] })
    expect(parsed.officials).toEqual([
      { name: 'NGUYỄN VĂN LONG', titles: ['Bí thư Huyện ủy'] },
      { name: 'TRẦN THỊ MAI HOA', titles: ['Phó Chủ tịch UBND huyện'] },
    ])
  })

  it('should read justice, procuracy and front titles after "ông" and "bà"', () => {
    const parsed = withLines(
      'Tham dự có ông Lê Văn Sang, Chánh án TAND huyện; bà Nguyễn Thị Hoa, Viện trưởng VKSND huyện; ông Phạm Đức Minh, Chủ tịch Ủy ban MTTQ Việt Nam huyện.',
    )
    expect(parsed.officials).toEqual([
      { name: 'Lê Văn Sang', titles: ['Chánh án TAND huyện'] },
      { name: 'Nguyễn Thị Hoa', titles: ['Viện trưởng VKSND huyện'] },
      { name: 'Phạm Đức Minh', titles: ['Chủ tịch Ủy ban MTTQ Việt Nam huyện'] },
    ])
  })

  it('should read a name of two syllables and one of four, and a Central Highlands name', () => {
    const parsed = withLines(
      'Dự hội nghị có đồng chí Rơ Mah Tuấn, Phó Trưởng Đoàn ĐBQH tỉnh; đồng chí Nguyễn Thị Thanh Lịch, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và bà Vi Hằng, Phó Chủ tịch UBMTTQ huyện.',
    )
    expect(parsed.officials).toEqual([
      { name: 'Rơ Mah Tuấn', titles: ['Phó Trưởng Đoàn ĐBQH tỉnh'] },
      {
        name: 'Nguyễn Thị Thanh Lịch',
        titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy'],
      },
      { name: 'Vi Hằng', titles: ['Phó Chủ tịch UBMTTQ huyện'] },
    ])
  })

  it('should read "ĐBQH" and "Đại biểu HĐND tỉnh" before a name', () => {
    const parsed = withLines(
      'ĐBQH Nguyễn Văn Ích và Đại biểu HĐND tỉnh Trần Văn Khang tiếp xúc cử tri sau hội nghị.',
    )
    expect(parsed.officials).toEqual([
      { name: 'Nguyễn Văn Ích', titles: ['ĐBQH'] },
      { name: 'Trần Văn Khang', titles: ['Đại biểu HĐND tỉnh'] },
    ])
  })

  it('should read the title a person is elected to, and name no chair for it', () => {
    const parsed = parseArticle(
      [
        'Kỳ họp thứ 8 HĐND xã Hòa Bình khóa XXI',
        PUBLISH,
        'Sáng 10/7, HĐND xã Hòa Bình khóa XXI tổ chức kỳ họp thứ 8 để bầu bổ sung chức danh Chủ tịch UBND xã.',
        'Ông Lê Quang Huy được bầu giữ chức Chủ tịch UBND xã Hòa Bình nhiệm kỳ 2021-2026.',
      ].join('\n'),
    )
    expect(parsed.officials).toEqual([
      { name: 'Lê Quang Huy', titles: ['Chủ tịch UBND xã Hòa Bình'] },
    ])
    expect(parsed.meeting).toMatchObject({ kind: 'councilSession', date: '2023-07-10' })
    expect(parsed.meeting?.chair).toBeUndefined()
    expect(parsed.warnings).toContainEqual({
      field: 'meeting.chair',
      message: 'Không tìm thấy người chủ trì (no chair found)',
    })
  })

  it('should name no chair when the chair’s word is "làm trưởng đoàn"', () => {
    const parsed = withLines(
      'Đoàn giám sát do đồng chí Nguyễn Văn Tâm, Phó Chủ tịch HĐND huyện làm trưởng đoàn.',
    )
    expect(parsed.meeting?.chair).toBeUndefined()
    expect(parsed.officials).toEqual([
      { name: 'Nguyễn Văn Tâm', titles: ['Phó Chủ tịch HĐND huyện'] },
    ])
  })

  it.each([
    'Đồng chí Lê Văn Ba, Phó Chủ tịch HĐND huyện khóa XI chủ trì hội nghị.',
    'Đồng chí Lê Văn Ba, Phó Chủ tịch HĐND huyện khóa XI, nhiệm kỳ 2021 - 2026 chủ trì hội nghị.',
  ])('should read past the council’s term and keep the title without it: %s', (line) => {
    expect(withLines(line).meeting?.chair).toEqual({
      name: 'Lê Văn Ba',
      titles: ['Phó Chủ tịch HĐND huyện'],
    })
  })

  it('should drop the term from "Đại biểu Quốc hội khóa XV"', () => {
    expect(
      withLines(
        'Đồng chí Lưu Đức Anh, Đại biểu Quốc hội khóa XV, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì hội nghị.',
      ).officials,
    ).toEqual([
      { name: 'Lưu Đức Anh', titles: ['Đại biểu Quốc hội', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy'] },
    ])
  })

  it.each([
    'Đồng chí Nguyễn Văn An , Bí thư Huyện ủy chủ trì hội nghị.',
    'Đồng chí Nguyễn Văn An,Bí thư Huyện ủy chủ trì hội nghị.',
    'Đồng chí  Nguyễn  Văn An,  Bí thư Huyện ủy chủ trì hội nghị.',
    'Đồng chí Nguyễn Văn An -Bí thư Huyện ủy chủ trì hội nghị.',
    'Đồng chí Nguyễn Văn An—Bí thư Huyện ủy chủ trì hội nghị.',
    'Đồng chí Nguyễn Văn An (Bí thư Huyện ủy) chủ trì hội nghị.',
  ])('should read the chair through the spacing and punctuation typed: %s', (line) => {
    expect(withLines(line).meeting?.chair).toEqual({
      name: 'Nguyễn Văn An',
      titles: ['Bí thư Huyện ủy'],
    })
  })

  it('should fold the old tone placement of names and places', () => {
    expect(
      withLines('Đồng chí Nguyễn Thị Thuỷ, Chủ tịch UBND xã Hoà Bình chủ trì hội nghị.').meeting
        ?.chair,
    ).toEqual({ name: 'Nguyễn Thị Thủy', titles: ['Chủ tịch UBND xã Hòa Bình'] })
  })

  it('should keep the full form of a title the article prints again with initials', () => {
    expect(
      withLines(
        'Đồng chí Lò Thị Xuân, Chủ tịch Hội Liên hiệp phụ nữ huyện chủ trì hội nghị.',
        'Đồng chí Lò Thị Xuân, Chủ tịch Hội LHPN huyện trao giấy khen cho các tập thể.',
      ).officials,
    ).toEqual([{ name: 'Lò Thị Xuân', titles: ['Chủ tịch Hội Liên hiệp phụ nữ huyện'] }])
  })

  it('should read names spelt with an apostrophe and Ê Đê names after "Y"', () => {
    expect(
      withLines(
        "Đồng chí K' Thị Mai, Phó Chủ tịch UBND huyện chủ trì hội nghị; đồng chí Y Thanh Hà Niê Kdăm, Phó Bí thư Huyện ủy dự.",
      ).officials,
    ).toEqual([
      { name: "K' Thị Mai", titles: ['Phó Chủ tịch UBND huyện'] },
      { name: 'Y Thanh Hà Niê Kdăm', titles: ['Phó Bí thư Huyện ủy'] },
    ])
  })
})
