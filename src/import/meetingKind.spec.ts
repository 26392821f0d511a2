import { describe, expect, it } from 'vitest'

import { isWorkingVisitInBody, meetingKindOf } from './meetingKind'

describe('meetingKindOf', () => {
  it('should read a congress in a quoted title', () => {
    expect(
      meetingKindOf('“Đại hội Hội Nông dân xã Tân Lập lần thứ X, nhiệm kỳ 2023 - 2028”', ''),
    ).toBe('congress')
  })

  it('should read the sample titles', () => {
    expect(
      meetingKindOf(
        'Lãnh đạo UBND thành phố Bắc Kạn họp kiểm điểm, đánh giá công tác lãnh đạo, chỉ đạo thực hiện các nhiệm vụ năm 2020, 2021',
        '',
      ),
    ).toBe('review')
    expect(
      meetingKindOf(
        'Ban Chấp hành Đảng bộ thành phố Bắc Kạn họp mở rộng đánh giá kết quả thực hiện nhiệm vụ năm 2020',
        '',
      ),
    ).toBe('expandedConference')
    expect(meetingKindOf('Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh', '')).toBe('review')
    expect(
      meetingKindOf('Thành phố Bắc Kạn họp đánh giá tình hình thực hiện chỉ tiêu năm 2020', ''),
    ).toBe('periodReview')
    expect(meetingKindOf('Thường trực Tỉnh ủy làm việc tại thành phố Bắc Kạn', '')).toBe(
      'workingVisit',
    )
  })

  it('should read council sessions and year-end reviews', () => {
    expect(meetingKindOf('Khai mạc Kỳ họp thứ 10 HĐND tỉnh khóa IX', '')).toBe('councilSession')
    expect(meetingKindOf('Huyện Ba Bể tổng kết công tác năm 2023', '')).toBe('periodReview')
  })

  it('should prefer a specific kind in the lead to a generic title', () => {
    expect(
      meetingKindOf('Hội nghị của UBND tỉnh', 'Chiều 30/12, UBND tỉnh tổ chức kiểm điểm tập thể'),
    ).toBe('review')
    expect(meetingKindOf('Hội nghị giao ban quý III', 'Sáng nay, đồng chí X chủ trì.')).toBe(
      'other',
    )
  })

  it('should find no meeting in other news, "phối hợp" included', () => {
    expect(
      meetingKindOf(
        'Lịch cắt điện tuần tới',
        'Điện lực phối hợp với các xã thông báo lịch cắt điện.',
      ),
    ).toBeUndefined()
  })
})

describe('meetingKindOf on other portals’ meetings', () => {
  it('should read congresses, inspections and council sessions in their forms', () => {
    expect(meetingKindOf('Đại hội đại biểu Hội Nông dân huyện lần thứ XII', '')).toBe('congress')
    expect(meetingKindOf('Khai mạc trọng thể Đại hội đại biểu phụ nữ tỉnh', '')).toBe('congress')
    expect(meetingKindOf('Tỉnh ủy giám sát công tác chuẩn bị tổ chức Đại hội', '')).toBe(
      'inspection',
    )
    expect(meetingKindOf('Lãnh đạo huyện kiểm tra và làm việc với xã Hương Sơn', '')).toBe(
      'inspection',
    )
    expect(meetingKindOf('Thường trực HĐND huyện tổ chức phiên họp thường kỳ tháng 3', '')).toBe(
      'councilSession',
    )
    expect(meetingKindOf('Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 38', '')).toBe(
      'expandedConference',
    )
  })

  it('should not see a congress or an inspection in what only mentions one', () => {
    expect(
      meetingKindOf('Các đảng bộ chuẩn bị tốt Đại hội nhiệm kỳ 2025 - 2030', ''),
    ).toBeUndefined()
    expect(meetingKindOf('Nâng cao hiệu quả giám sát của HĐND tỉnh', '')).toBeUndefined()
    expect(
      meetingKindOf(
        'Kỳ họp thứ 7 HĐND tỉnh khóa XII',
        'Sáng 8/7, kỳ họp nghe báo cáo kiểm điểm công tác chỉ đạo điều hành.',
      ),
    ).toBe('councilSession')
  })
})

// Made-up titles and leads in the forms of issue 11's other portals.
describe('meetingKindOf on standing committees and plans', () => {
  it('should take a standing committee’s own meeting for a session', () => {
    expect(meetingKindOf('Thường trực HĐND huyện Mỹ Lộc họp lệ kỳ tháng 12 năm 2018', '')).toBe(
      'councilSession',
    )
    expect(
      meetingKindOf(
        'Mỹ Lộc: Triển khai chương trình giám sát năm 2024',
        'Ngày 26/12/2023, Thường trực Hội đồng nhân dân huyện, các Ban HĐND huyện tổ chức họp để thảo luận kế hoạch giám sát năm 2024.',
      ),
    ).toBe('councilSession')
  })

  it('should not take what is done before a session for the session', () => {
    expect(
      meetingKindOf(
        'Hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân',
        'Ngày 24/11, UBND phường tổ chức hội nghị đối thoại trước kỳ họp thứ 9 Hội đồng nhân dân thành phố.',
      ),
    ).toBe('other')
  })

  it('should take a conference that plans a congress for a conference, not the congress', () => {
    expect(
      meetingKindOf(
        'Đảng ủy xã Mỹ Thành triển khai kế hoạch tổ chức Đại hội Đảng bộ xã khóa X',
        'Đảng ủy xã Mỹ Thành tổ chức hội nghị triển khai kế hoạch tổ chức Đại hội Đảng bộ xã.',
      ),
    ).toBe('expandedConference')
  })
})

describe('meetingKindOf and the National Assembly', () => {
  it('should take a session of the National Assembly for a session', () => {
    expect(meetingKindOf('Khai mạc Kỳ họp thứ 8, Quốc hội khóa XV', '')).toBe('councilSession')
    expect(meetingKindOf('Quốc hội thảo luận tại kỳ họp thứ 7', '')).toBe('councilSession')
    expect(meetingKindOf('Tiếp xúc cử tri trước kỳ họp thứ 8, Quốc hội khóa XV', '')).toBe('other')
    // Interviews on the sidelines name the session, not as the meeting reported.
    expect(
      meetingKindOf('Một số ý kiến của đại biểu bên lề Kỳ họp thứ 10, HĐND tỉnh khóa X', ''),
    ).toBe('other')
  })
})

describe('meetingKindOf on organs’ conferences and sports events', () => {
  it("should read a conference of a body's organ as an expanded conference", () => {
    expect(meetingKindOf('Hội nghị lần thứ năm Đoàn Chủ tịch Ủy ban MTTQ tỉnh (khóa X)', '')).toBe(
      'expandedConference',
    )
    expect(meetingKindOf('Hội nghị Ban Thường trực Hội Nông dân huyện lần thứ 3', '')).toBe(
      'expandedConference',
    )
  })

  it('should leave an organ’s review conference a review', () => {
    expect(
      meetingKindOf(
        'Hội nghị Ban Thường vụ Huyện ủy kiểm điểm tự phê bình và phê bình năm 2024',
        '',
      ),
    ).toBe('review')
    expect(meetingKindOf('Hội nghị Ban Thường vụ Thị ủy tổng kết công tác năm', '')).toBe(
      'periodReview',
    )
  })

  it('should read no meeting in a sports event, its opening ceremony included', () => {
    expect(
      meetingKindOf('Lễ khai mạc Giải bóng chuyền hơi người cao tuổi huyện', ''),
    ).toBeUndefined()
    expect(
      meetingKindOf(
        'Lượt xem: 120',
        'Sáng 2/4/2024, Sở Văn hóa tổ chức lễ khai mạc Đại hội Thể dục thể thao tỉnh lần thứ X. Dự lễ khai mạc có …',
      ),
    ).toBeUndefined()
  })

  it('should keep a meeting that hands out prizes a meeting', () => {
    expect(meetingKindOf('Tổng kết và trao giải thưởng báo chí năm 2024', '')).toBe('periodReview')
  })
})

describe('meetingKindOf on more forms of congresses, sessions and inspections', () => {
  it('should read a congress after a place and a colon, and one held in the lead', () => {
    expect(meetingKindOf('Xã Tân Lập: Đại hội Đảng bộ nhiệm kỳ 2025-2030 thành công', '')).toBe(
      'congress',
    )
    expect(
      meetingKindOf('Tin tức', 'Sáng 6/6, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ XX.'),
    ).toBe('congress')
  })

  it("should read a level's congresses held in the lead as no congress of the article's", () => {
    expect(
      meetingKindOf(
        'Hướng tới Đại hội',
        'Đến nay, tỉnh đã tổ chức Đại hội đảng bộ cơ sở cho 80% xã.',
      ),
    ).not.toBe('congress')
  })

  it('should read a session named "phiên họp … thường kỳ" and a "giao ban"', () => {
    expect(meetingKindOf('Phiên họp UBND tỉnh thường kỳ tháng 6 năm 2024', '')).toBe(
      'councilSession',
    )
    expect(meetingKindOf('Giao ban công tác Mặt trận quý II', '')).toBe('other')
  })

  it('should read an inspection whose title opens with it and says where, and a "thanh tra tại"', () => {
    expect(meetingKindOf('Giám sát việc thực hiện chính sách BHYT tại huyện Mỹ Lộc', '')).toBe(
      'inspection',
    )
    expect(meetingKindOf('Thanh tra tỉnh công bố quyết định thanh tra tại Sở Y tế', '')).toBe(
      'inspection',
    )
    // Without a place, an opening "Kiểm tra" names a subject, not a visit.
    expect(
      meetingKindOf('Kiểm tra an toàn thực phẩm dịp Tết: những điều cần biết', ''),
    ).toBeUndefined()
  })

  it('should read the government’s monthly and periodic sessions, their agenda’s "kiểm điểm" aside', () => {
    expect(meetingKindOf('UBND tỉnh họp phiên tháng 5/2024', '')).toBe('councilSession')
    expect(
      meetingKindOf(
        'Phiên họp UBND tỉnh tháng 8',
        'Sáng 3/9, UBND tỉnh tổ chức phiên họp tháng 8, xem xét báo cáo kiểm điểm.',
      ),
    ).toBe('councilSession')
    expect(meetingKindOf('UBND huyện họp định kỳ tháng 9', '')).toBe('councilSession')
    expect(meetingKindOf('UBND tỉnh họp phiên chuyên đề về quy hoạch', '')).toBe('councilSession')
  })

  it('should read an inspection the lead’s first sentence reports when the title does not', () => {
    expect(
      meetingKindOf(
        'Công tác phòng chống dịch ở xã Y',
        'Sáng 5/6, Ban Thường vụ Huyện ủy tiến hành kiểm tra công tác phòng chống dịch tại xã Y.',
      ),
    ).toBe('inspection')
    expect(
      meetingKindOf(
        'Chính sách bảo hiểm y tế cho người cận nghèo',
        'Ngày 5/6, Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc thực hiện chính sách tại huyện X.',
      ),
    ).toBe('inspection')
    // A subject of the work, not a visit.
    expect(
      meetingKindOf(
        'Nâng cao chất lượng bảo hiểm y tế',
        'Năm qua, ngành y tế đã nâng cao chất lượng công tác kiểm tra. Nhiều cơ sở được khen.',
      ),
    ).toBeUndefined()
  })

  it('should read a party committee’s plenum and a conference whose steps come before its word', () => {
    expect(meetingKindOf('Hội nghị Tỉnh ủy lần thứ 15', '')).toBe('expandedConference')
    expect(meetingKindOf('Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 15', '')).toBe(
      'expandedConference',
    )
    expect(meetingKindOf('Hội nghị nghiên cứu, học tập, quán triệt Nghị quyết', '')).toBe(
      'expandedConference',
    )
    // A plenum that reviews is a review; a review and the next year's plan, a period review.
    expect(meetingKindOf('Hội nghị Huyện ủy kiểm điểm năm 2023', '')).toBe('review')
    expect(meetingKindOf('Hội nghị tổng kết năm 2023 và triển khai nhiệm vụ 2024', '')).toBe(
      'periodReview',
    )
  })

  it('should read a standing body’s numbered session as a council session', () => {
    expect(meetingKindOf('Phiên họp thứ 25 của Ủy ban Thường vụ Quốc hội', '')).toBe(
      'councilSession',
    )
    expect(meetingKindOf('Phiên họp thứ 12 Thường trực HĐND tỉnh', '')).toBe('councilSession')
  })

  it('should read every ceremony as a meeting of another kind', () => {
    expect(meetingKindOf('Huyện Mỹ Lộc tổ chức lễ mít tinh hưởng ứng Ngày Môi trường', '')).toBe(
      'other',
    )
    expect(meetingKindOf('Lễ ký kết chương trình phối hợp giữa Hội Nông dân và Agribank', '')).toBe(
      'other',
    )
    expect(meetingKindOf('Lễ tuyên dương học sinh giỏi năm học 2023-2024', '')).toBe('other')
  })
})

// Issue 11, list 6: made-up titles and leads in the forms of real practice articles.
describe('meetingKindOf on the line of work "kiểm tra, giám sát"', () => {
  it.each([
    'Nâng cao chất lượng kiểm tra, giám sát ở Đảng bộ xã Tân Lập',
    'Đảng bộ xã Tân Lập nâng cao chất lượng công tác kiểm tra giám sát',
    'Ủy ban Kiểm tra Huyện ủy Mỹ Lộc hoàn thành chương trình kiểm tra, giám sát năm 2023',
    'Ban Thường vụ Huyện ủy Mỹ Lộc triển khai chương trình kiểm tra, giám sát năm 2024',
    'HĐND huyện Mỹ Lộc tổ chức 9 cuộc giám sát, khảo sát',
    'Huyện Mỹ Lộc: Tăng cường các cuộc giám sát chuyên đề',
  ])('should read no inspection in "%s"', (title) => {
    expect(
      meetingKindOf(title, 'Năm qua, công tác kiểm tra, giám sát có nhiều chuyển biến.'),
    ).not.toBe('inspection')
  })

  it('should still read an inspection someone carries out, and one of a named body', () => {
    expect(
      meetingKindOf('Viện KSND tỉnh thực hiện công tác kiểm tra đối với VKSND huyện Mỹ Lộc', ''),
    ).toBe('inspection')
    expect(meetingKindOf('Ủy ban Kiểm tra Tỉnh ủy kiểm tra tại Đảng ủy xã Tân Lập', '')).toBe(
      'inspection',
    )
    expect(meetingKindOf('Lãnh đạo huyện thăm, kiểm tra tại xã Tân Lập', '')).toBe('inspection')
  })

  it('should read no inspection in a decision that sets up the delegation', () => {
    expect(
      meetingKindOf(
        'Giám sát việc thực hiện các dự án đầu tư trên địa bàn huyện',
        'Ngày 16/3/2024, Ban Kinh tế - Ngân sách HĐND tỉnh đã ban hành Quyết định số 06/QĐ-BKTNS về việc thành lập Đoàn giám sát việc thực hiện các dự án.',
      ),
    ).toBeUndefined()
  })
})

describe('meetingKindOf on headlines that name an aim', () => {
  it('should let the lead say which meeting a headline of an aim reports', () => {
    expect(
      meetingKindOf(
        'Quyết tâm tổ chức thành công Đại hội đại biểu MTTQ tỉnh lần thứ XI',
        'Sáng 4/9, Ủy ban MTTQ tỉnh tổ chức Hội nghị Đoàn Chủ tịch lần thứ 20 khóa X.',
      ),
    ).toBe('expandedConference')
    expect(
      meetingKindOf(
        'Nâng cao chất lượng các kỳ họp HĐND cấp xã',
        'Thời gian qua, HĐND các xã đã đổi mới cách chuẩn bị, điều hành và thảo luận.',
      ),
    ).toBeUndefined()
  })
})

describe('meetingKindOf on numbered plenums and agendas', () => {
  it('should read any body’s numbered plenum as an expanded conference', () => {
    expect(meetingKindOf('Ủy ban MTTQ Việt Nam tỉnh khóa X tổ chức Hội nghị lần thứ 12', '')).toBe(
      'expandedConference',
    )
    expect(meetingKindOf('Hội nghị Ban Chấp hành Hội Nông dân huyện lần thứ 4', '')).toBe(
      'expandedConference',
    )
    // A numbered conference that reviews is the review.
    expect(meetingKindOf('Hội nghị lần thứ 9 Ủy ban MTTQ xã tổng kết công tác năm 2023', '')).toBe(
      'periodReview',
    )
  })

  it('should read no self-criticism review in a report on the agenda', () => {
    expect(
      meetingKindOf(
        'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 42 thông qua dự thảo Báo cáo kiểm điểm',
        '',
      ),
    ).toBe('expandedConference')
    expect(
      meetingKindOf(
        'Tin hoạt động',
        'Sáng 19/11, Ban Chấp hành Đảng bộ huyện họp, cho ý kiến vào dự thảo báo cáo kiểm điểm nhiệm kỳ 2020-2025.',
      ),
    ).toBe('other')
  })
})

describe('isWorkingVisitInBody', () => {
  const body = ['Phát biểu kết luận buổi làm việc, Chủ tịch UBND xã ghi nhận các ý kiến.']

  it('should read a working visit the body names when title and lead name no meeting', () => {
    expect(
      isWorkingVisitInBody({
        title: 'Bí thư Huyện ủy về thăm xã Tân Lập',
        lead: 'Sáng 5/6, đồng chí Bí thư Huyện ủy đã về thăm xã Tân Lập.',
        body,
      }),
    ).toBe(true)
  })

  it('should take the body’s "buổi làm việc" for the conference the title names', () => {
    expect(
      isWorkingVisitInBody({
        title: 'UBND xã Tân Lập tổ chức hội nghị giao ban với các trưởng thôn',
        lead: 'Sáng 5/6, UBND xã Tân Lập tổ chức hội nghị giao ban quý II.',
        body,
      }),
    ).toBe(false)
  })
})

describe('meetingKindOf on receptions and more ceremonies', () => {
  it('should read a delegation received as a working visit', () => {
    expect(meetingKindOf('Chủ tịch UBND tỉnh tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào)', '')).toBe(
      'workingVisit',
    )
    expect(meetingKindOf('Bí thư Tỉnh ủy tiếp xã giao Đại sứ Nhật Bản', '')).toBe('workingVisit')
    // "tiếp đoàn viên" receives no delegation.
    expect(meetingKindOf('Huyện đoàn tiếp đoàn viên ưu tú', '')).toBeUndefined()
  })

  it('should read a send-off, a groundbreaking and a commemoration as other meetings', () => {
    expect(meetingKindOf('Huyện Mỹ Lộc tổ chức lễ giao nhận quân năm 2024', '')).toBe('other')
    expect(meetingKindOf('Lễ động thổ xây dựng trường mầm non xã Tân Lập', '')).toBe('other')
    expect(meetingKindOf('Gặp gỡ các doanh nghiệp đầu năm', '')).toBe('other')
  })
})

describe('meetingKindOf on congresses a lead reports as its subject, and on questions', () => {
  it('should read a congress the lead’s first sentence reports at work', () => {
    expect(
      meetingKindOf(
        'Khai thác tiềm năng, thúc đẩy kinh tế - xã hội phát triển',
        'Được tiến hành từ ngày 8 đến ngày 11.9.2020, với 350 đại biểu chính thức, Đại hội vinh dự đón tiếp đồng chí Chủ tịch nước.',
      ),
    ).toBe('congress')
    expect(
      meetingKindOf(
        'Đoàn kết, dân chủ, kỷ cương, đổi mới',
        'Trong 2 ngày 5 và 6/6, Đại hội Hội Nông dân huyện Mỹ Lộc lần thứ XII đã diễn ra.',
      ),
    ).toBe('congress')
    // A congress named as past, in a commentary, is no report of it.
    expect(
      meetingKindOf(
        'Mở ra thời kỳ phát triển mới',
        'Đại hội Đảng bộ tỉnh lần thứ XXI đã thành công tốt đẹp. Nhân dân đặt nhiều kỳ vọng.',
      ),
    ).toBeUndefined()
  })

  it('should read no meeting in an interview, whatever it names', () => {
    expect(
      meetingKindOf(
        'Chủ tịch HĐND tỉnh trả lời phỏng vấn về kết quả Kỳ họp thứ 10 HĐND tỉnh',
        'Nhân dịp Kỳ họp thứ 10 HĐND tỉnh thành công, phóng viên đã có cuộc trao đổi với đồng chí Chủ tịch HĐND tỉnh.',
      ),
    ).toBeUndefined()
  })

  it('should read no meeting in questions and answers, whatever they name', () => {
    expect(
      meetingKindOf(
        'Hỏi đáp về kỳ họp thứ nhất HĐND các cấp nhiệm kỳ 2026-2031',
        'Kỳ họp thứ nhất của HĐND khóa mới do ai triệu tập và chủ trì?',
      ),
    ).toBeUndefined()
  })
})

describe('meetingKindOf on explanation sessions and citizens received', () => {
  it('should read a standing committee’s explanation session as a council session', () => {
    expect(
      meetingKindOf('Thường trực HĐND tỉnh tổ chức phiên giải trình về quản lý đất đai', ''),
    ).toBe('councilSession')
  })

  it('should read citizens received as a meeting of another kind', () => {
    expect(meetingKindOf('Chủ tịch UBND huyện tiếp công dân định kỳ tháng 5', '')).toBe('other')
  })
})
