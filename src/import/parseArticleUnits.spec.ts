import { describe, expect, it } from 'vitest'

import { parseArticle } from './parseArticle'

// Made-up articles in the forms issue 11's pattern lists 6 and 7 describe: who hosts and who
// takes part, read from the whole article.
const unitsOf = (lines: string[]) => parseArticle(lines.join('\n\n')).units

describe('parseArticle units: bodies every place has, their later words in lower case', () => {
  it('should read a citizens’ reception board, a health station and a political centre', () => {
    expect(
      unitsOf([
        'Thị ủy Hương Thủy giám sát công tác tiếp công dân',
        'Sáng 12/5, Đoàn giám sát Thị ủy Hương Thủy làm việc với Ban tiếp công dân thị xã và Trạm y tế phường Thủy Lương.',
        'Tham dự có lãnh đạo Trung tâm Chính trị thị xã.',
      ]),
    ).toEqual([
      'Thị ủy Hương Thủy',
      'Ban tiếp công dân thị xã',
      'Trạm y tế phường Thủy Lương',
      'Trung tâm Chính trị thị xã',
    ])
  })
})

describe('parseArticle units: a commune named once in full', () => {
  it('should not keep a commune’s name cut short beside the full one', () => {
    expect(
      unitsOf([
        'UBND phường Gia Viên đối thoại với nhân dân',
        'Tối ngày 17/10/2018 UBND Phường Gia Viên đã tổ chức hội nghị đối thoại trực tiếp với nhân dân.',
        'Tuyến đường hè - phường Gia ViênTại hội nghị đã có 12 lượt ý kiến.',
      ]),
    ).toEqual(['UBND phường Gia Viên'])
  })
})

describe('parseArticle units: bodies listed bare, the level printed once at the list’s end', () => {
  it('should give each listed body the level the list ends with', () => {
    expect(
      unitsOf([
        'Phường Cẩm An đối thoại với nhân dân',
        'Tối 10/5/2019, lãnh đạo Đảng ủy phường Cẩm An đối thoại trực tiếp với nhân dân.',
        'Cùng dự có Thường trực HĐND, Thường trực Ủy ban MTTQ, các đoàn thể của phường.',
      ]),
    ).toEqual([
      'UBND phường Cẩm An',
      'Đảng ủy phường Cẩm An',
      'Thường trực HĐND phường Cẩm An',
      'Thường trực Ủy ban MTTQ phường Cẩm An',
    ])
  })

  it('should not give a level that names many places or is not the list’s last word', () => {
    expect(
      unitsOf([
        'Huyện An Phú triển khai nhiệm vụ',
        'Sáng 10/5, Huyện ủy An Phú tổ chức hội nghị triển khai nhiệm vụ.',
        'Dự có Thường trực HĐND, Ủy ban MTTQ các xã, thị trấn.',
        'Tham dự có HĐND, các thôn của xã Bình Hòa và người dân.',
      ]),
      // The HĐND gets no level: the commune is named, so the level does not end the list.
    ).toEqual(['UBND huyện An Phú', 'Huyện ủy An Phú', 'xã Bình Hòa'])
  })
})

describe('parseArticle units: one record for a department named in full, then bare', () => {
  it('should read a bare "Ban Tuyên giáo" as the one its line named just before', () => {
    expect(
      unitsOf([
        'Hội nghị báo cáo viên toàn quốc tháng 9',
        'Sáng 8/9, Ban Tuyên giáo Trung ương tổ chức hội nghị báo cáo viên toàn quốc.',
        'Dự hội nghị tại điểm cầu Huyện ủy Yên Định có đồng chí Hoàng Văn Hưng, Trưởng Ban Tuyên giáo Huyện ủy; cán bộ Ban Tuyên giáo, Trung tâm Chính trị huyện.',
      ]),
    ).toEqual([
      'Ban Tuyên giáo Trung ương',
      'Huyện ủy Yên Định',
      'Ban Tuyên giáo Huyện ủy',
      'Trung tâm Chính trị huyện',
    ])
  })

  it('should keep one record when the host is named in full and then bare', () => {
    expect(
      unitsOf([
        'Ban Tuyên giáo Thành ủy Bắc Kạn tổ chức hội nghị báo cáo viên',
        'Sáng 5/6, Ban Tuyên giáo Thành ủy Bắc Kạn tổ chức hội nghị báo cáo viên tháng 6.',
        'Tại hội nghị, lãnh đạo Ban Tuyên giáo Thành ủy thông tin thời sự. Ban Tuyên giáo cũng quán triệt nhiệm vụ.',
      ]),
    ).toEqual(['Ban Tuyên giáo Thành ủy Bắc Kạn'])
  })
})

describe('parseArticle units: no repeated levels, one record per body', () => {
  it('should not repeat a level a ward’s name prints again, numbers kept', () => {
    expect(
      unitsOf([
        'Kỳ họp thứ 8 HĐND phường Phường 10',
        'Sáng 3/6, HĐND Phường 10 khóa XII tổ chức kỳ họp thứ 8.',
        'Kỳ họp xem xét, thông qua các báo cáo kinh tế - xã hội 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm.',
        'Đến dự kỳ họp, về phía quận có lãnh đạo UBND Quận 3; về phía phường có Đảng ủy phường Phường 10, UBND phường Phường Hòa Bình.',
        'Kỳ họp đã biểu quyết thông qua 5 nghị quyết quan trọng về kinh tế - xã hội của phường năm 2024.',
      ]),
    ).toEqual(['HĐND phường 10', 'UBND quận 3', 'Đảng ủy phường 10', 'UBND phường Hòa Bình'])
  })

  it('should keep one record for a department named bare and with its place', () => {
    expect(
      unitsOf([
        'Sở Tư pháp làm việc với UBND huyện Mỹ Lộc',
        'Chiều 15/7, Đoàn công tác Sở Tư pháp tỉnh Nam Định làm việc với UBND huyện Mỹ Lộc.',
        'Cùng dự có lãnh đạo Phòng Tư pháp, Văn phòng HĐND và UBND huyện.',
      ]),
    ).toEqual([
      'UBND huyện Mỹ Lộc',
      'Sở Tư pháp tỉnh Nam Định',
      'phòng Tư pháp',
      'Văn phòng HĐND và UBND huyện Mỹ Lộc',
    ])
  })
})

describe('parseArticle units: national bodies, not their anniversaries', () => {
  it('should read a national association and the Front, not the one whose founding day is marked', () => {
    expect(
      unitsOf([
        'Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII',
        'Ngày 30-12-2022, tại Hà Nội, Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII khai mạc.',
        'Cùng tham dự có lãnh đạo Mặt trận Tổ quốc Việt Nam, Bộ Quốc phòng.',
      ]),
    ).toEqual(['Hội Cựu chiến binh Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'Bộ Quốc phòng'])
    expect(
      unitsOf([
        'Hội Liên hiệp Phụ nữ phường Vĩnh Nguơn họp mặt',
        'Chiều ngày 17/10/2024, Hội Liên hiệp Phụ nữ phường Vĩnh Nguơn tổ chức họp mặt kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.',
      ]),
    ).toEqual(['Hội Liên hiệp Phụ nữ phường Vĩnh Nguơn'])
  })
})

describe('parseArticle units: a council’s standing committee at its own session', () => {
  it('should keep the council, not its standing committee acting at its session', () => {
    expect(
      unitsOf([
        'HĐND xã Núi Voi tổ chức kỳ họp thứ 3',
        'Sáng 12/7, HĐND xã Núi Voi khóa XII tổ chức kỳ họp thứ 3 (kỳ họp chuyên đề).',
        'Tại kỳ họp, Thường trực HĐND xã thông qua Tờ trình giới thiệu nhân sự bầu bổ sung chức danh Phó Chủ tịch UBND xã.',
        'Kỳ họp đã biểu quyết thông qua 3 nghị quyết quan trọng về kinh tế - xã hội của xã năm 2024.',
      ]),
    ).toEqual(['HĐND xã Núi Voi'])
  })
})

describe('parseArticle units: a commune body in an article naming no commune', () => {
  it('should read "Ban chỉ huy công an phường" as the article’s own ward’s', () => {
    expect(
      unitsOf([
        'Hội nghị đối thoại với nhân dân',
        'Sáng 5/6, Ủy ban nhân dân phường tổ chức hội nghị đối thoại với nhân dân.',
        'Tại hội nghị, đại diện Ban chỉ huy công an phường báo cáo tình hình an ninh trật tự của phường.',
        'Qua đó, hội nghị đã tiếp nhận 12 ý kiến của nhân dân về các vấn đề dân sinh trên địa bàn.',
      ]),
    ).toEqual(['UBND phường', 'Ban chỉ huy công an phường'])
  })

  it('should leave a commune body bare when the article names communes of its own', () => {
    expect(
      unitsOf([
        'Hội nghị đối thoại với nhân dân',
        'Sáng 5/6, UBND huyện Mỹ Lộc tổ chức hội nghị đối thoại với nhân dân xã An Phú và xã Bình Hòa.',
        'Tại hội nghị, đại diện Ban chỉ huy công an xã báo cáo tình hình an ninh trật tự.',
        'Qua đó, hội nghị đã tiếp nhận 12 ý kiến của nhân dân về các vấn đề dân sinh trên địa bàn.',
      ]),
    ).toEqual(['UBND huyện Mỹ Lộc', 'xã An Phú', 'xã Bình Hòa'])
  })
})

describe('parseArticle units: the joint office of the council and committee', () => {
  it('should read the office named bare, in lower case, as it reports to the meeting, capitalised', () => {
    expect(
      unitsOf([
        'UBND huyện Yên Lập họp phiên thường kỳ tháng 11',
        'Sáng 25/11, UBND huyện Yên Lập tổ chức phiên họp thường kỳ tháng 11.',
        'Phiên họp đánh giá tình hình tháng 11. Hội nghị nghe văn phòng HĐND&UBND trình bày dự thảo báo cáo tình hình kinh tế - xã hội năm 2024 của huyện.',
        'Các đại biểu đã thảo luận, đóng góp nhiều ý kiến vào dự thảo báo cáo của huyện năm 2024.',
      ]),
    ).toEqual(['UBND huyện Yên Lập', 'Văn phòng HĐND&UBND'])
  })
})

describe('parseArticle units: party committees of bodies, organisations abbreviated', () => {
  it('should read "Đảng ủy Quân sự huyện", "Đảng ủy Khối cơ quan tỉnh" and "Hội LHPN huyện"', () => {
    expect(
      unitsOf([
        'Huyện ủy Mỹ Lộc tổ chức hội nghị triển khai nhiệm vụ năm 2024',
        'Sáng 3/1, Huyện ủy Mỹ Lộc tổ chức hội nghị triển khai nhiệm vụ năm 2024.',
        'Tham dự có Đảng ủy Khối cơ quan tỉnh, Đảng ủy Quân sự huyện, Hội LHPN huyện, LĐLĐ huyện, Đài Truyền thanh huyện.',
        'Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện nhiệm vụ trọng tâm năm 2024 của huyện.',
      ]),
    ).toEqual([
      'Huyện ủy Mỹ Lộc',
      'Đảng ủy Khối cơ quan tỉnh',
      'Đảng ủy Quân sự huyện',
      'Hội LHPN huyện',
      'LĐLĐ huyện',
      'Đài Truyền thanh huyện',
    ])
  })
})

describe('parseArticle units: boards whose names run on in lower case', () => {
  it('should read a steering or project board up to its level, never cut short', () => {
    expect(
      unitsOf([
        'Huyện ủy Mỹ Lộc tổ chức hội nghị triển khai nhiệm vụ năm 2024',
        'Sáng 3/1, Huyện ủy huyện Mỹ Lộc tổ chức hội nghị triển khai nhiệm vụ năm 2024.',
        'Tham dự có Ban Chỉ đạo phòng, chống tham nhũng tỉnh, Ban Quản lý dự án đầu tư xây dựng huyện, Ban Quản lý chợ, UBND huyện.',
        'Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện nhiệm vụ trọng tâm năm 2024 của huyện.',
      ]),
    ).toEqual([
      'Huyện ủy Mỹ Lộc',
      'Ban Chỉ đạo phòng, chống tham nhũng tỉnh',
      'Ban Quản lý dự án đầu tư xây dựng huyện Mỹ Lộc',
      'Ban Quản lý chợ',
      'UBND huyện Mỹ Lộc',
    ])
  })

  it('should leave out a board whose name runs on with no level to end it', () => {
    expect(
      unitsOf([
        'Huyện ủy Mỹ Lộc tổ chức hội nghị triển khai nhiệm vụ năm 2024',
        'Sáng 3/1, Huyện ủy huyện Mỹ Lộc tổ chức hội nghị triển khai nhiệm vụ năm 2024.',
        'Tham dự có Ban Chỉ đạo phòng, chống dịch bệnh gia súc gia cầm.',
        'Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện nhiệm vụ trọng tâm năm 2024 của huyện.',
      ]),
    ).toEqual(['Huyện ủy Mỹ Lộc'])
  })
})
