import { describe, expect, it } from 'vitest'

import { findUnitMentions } from './parseUnits'
import {
  isDocumentAuthor,
  isElectedBody,
  isVenue,
  participatingUnits,
  type UnitLine,
} from './participatingUnits'
import { articlePlaces } from './places'

// Made-up lines in the form of provincial and district portals' meeting reports.
const participants = (lines: [UnitLine['role'], string][]) => {
  const places = articlePlaces(
    lines.slice(0, 2).map(([, line]) => line),
    lines.map(([, line]) => line),
  )
  return participatingUnits(
    lines.map(([role, line]) => ({ role, line, units: findUnitMentions(line, places) })),
  )
}

describe('participatingUnits', () => {
  it('should take every unit of the title and of the lead’s first sentence', () => {
    expect(
      participants([
        ['title', 'UBND huyện Mỹ Lộc làm việc với Sở Tài chính'],
        [
          'lead',
          'Sáng 3/6, Huyện ủy Mỹ Lộc tổ chức hội nghị. Năm qua UBND xã An Phú đạt nhiều kết quả.',
        ],
      ]),
    ).toStrictEqual(['UBND huyện Mỹ Lộc', 'Sở Tài chính', 'Huyện ủy Mỹ Lộc'])
  })

  it('should take the units of a later sentence only when it gives them a part', () => {
    expect(
      participants([
        ['title', 'Hội nghị sơ kết 6 tháng đầu năm'],
        ['lead', 'Chiều 15/7, UBND huyện Mỹ Lộc tổ chức hội nghị sơ kết.'],
        ['paragraph', 'Tham dự hội nghị có đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ.'],
        ['paragraph', 'Trong 6 tháng, UBND xã An Phú và xã Bình Hòa đã hoàn thành chỉ tiêu.'],
        ['paragraph', 'Đoàn đã giám sát trực tiếp tại UBND xã Tân Thành.'],
      ]),
    ).toStrictEqual([
      'UBND huyện Mỹ Lộc',
      'Ban Tuyên giáo Tỉnh ủy',
      'Sở Nội vụ',
      'UBND xã Tân Thành',
    ])
  })

  it('should leave out a document’s author and the captions', () => {
    expect(
      participants([
        ['title', 'Đối thoại với Nhân dân năm 2024'],
        [
          'lead',
          'Thực hiện Quyết định số 1738-QĐ/TU ngày 27/01/2015 của Ban Thường vụ Thành ủy, UBND phường Cát Bi tổ chức đối thoại.',
        ],
        ['caption', 'Toàn cảnh hội nghị tại UBND phường Cát Bi và Sở Xây dựng'],
      ]),
    ).toStrictEqual(['UBND phường Cát Bi'])
  })

  it('should tell a document’s author by the document named before "của"', () => {
    const line = 'Thực hiện công văn số: 492/KL-VP ngày 22/9/2020 của Cục Kiểm lâm'
    expect(isDocumentAuthor(line, line.indexOf('Cục'))).toBe(true)
    const visit = 'Đoàn công tác của Cục Kiểm lâm'
    expect(isDocumentAuthor(visit, visit.indexOf('Cục'))).toBe(false)
  })

  it('should not take a unit after "sự tham gia của" for a document’s author', () => {
    const line = 'Tờ trình được thông qua, có sự tham gia của Phòng Tư pháp huyện'
    expect(isDocumentAuthor(line, line.indexOf('Phòng'))).toBe(false)
    const led = 'Kế hoạch được triển khai với sự chỉ đạo của UBND huyện'
    expect(isDocumentAuthor(led, led.indexOf('UBND'))).toBe(false)
    const written = 'Tờ trình số 45/TTr-UBND ngày 2/3 của UBND huyện'
    expect(isDocumentAuthor(written, written.lastIndexOf('UBND'))).toBe(true)
  })

  it('should tell the council whose seats an election fills', () => {
    const line = 'Ban Thường trực tổ chức hội nghị giới thiệu người ứng cử đại biểu HĐND tỉnh'
    expect(isElectedBody(line, line.indexOf('HĐND'))).toBe(true)
    const both = 'công tác bầu cử đại biểu Quốc hội và đại biểu HĐND huyện'
    expect(isElectedBody(both, both.indexOf('HĐND'))).toBe(true)
    const attends = 'Tham dự có đại diện HĐND tỉnh'
    expect(isElectedBody(attends, attends.indexOf('HĐND'))).toBe(false)
  })
})

describe('participatingUnits on who holds it and other sessions', () => {
  const place = articlePlaces([], [])
  const line = (text: string, role: UnitLine['role']): UnitLine => ({
    line: text,
    units: findUnitMentions(text, place),
    role,
  })

  it('should take the unit just before "tổ chức hội nghị" in a later paragraph for a participant', () => {
    expect(
      participatingUnits([
        line('Sơ kết 6 tháng đầu năm', 'title'),
        line('Hội nghị đánh giá kết quả.', 'lead'),
        line('Ngày 9/6, Ban Thường vụ Đảng ủy phường Mỹ Quý tổ chức Hội nghị sơ kết.', 'paragraph'),
      ]),
    ).toStrictEqual(['Ban Thường vụ Đảng ủy phường Mỹ Quý'])
  })

  it('should not take the council of a session before or after the meeting for a participant', () => {
    expect(
      participatingUnits([
        line('Hội nghị đối thoại với nhân dân', 'title'),
        line(
          'Ngày 24/11, UBND phường Hải Châu I tổ chức hội nghị đối thoại trước kỳ họp thứ 9 HĐND thành phố Đà Nẵng.',
          'lead',
        ),
      ]),
    ).toStrictEqual(['UBND phường Hải Châu I'])
  })
})

describe('participatingUnits on a position named without a person', () => {
  it('should not take the unit of a position for a participant', () => {
    const place = articlePlaces([], [])
    const text =
      'Tại kỳ họp, HĐND xã Núi Voi thông qua tờ trình bầu bổ sung chức danh Phó Chủ tịch UBND xã Núi Voi.'
    expect(
      participatingUnits([
        { line: 'Kỳ họp thứ 3 HĐND xã', units: [], role: 'title' },
        { line: 'Sáng 5/7, HĐND xã họp.', units: [], role: 'lead' },
        { line: text, units: findUnitMentions(text, place), role: 'paragraph' },
      ]),
    ).toStrictEqual(['HĐND xã Núi Voi'])
  })

  it('should not take the body a member’s seat is in for a participant', () => {
    const place = articlePlaces([], [])
    const text =
      'Tại kỳ họp, HĐND thị xã Mỹ Lộc bầu bổ sung chức vụ Chủ tịch UBND Thị xã, uỷ viên UBND Thị xã.'
    expect(
      participatingUnits([
        { line: 'Kỳ họp thứ 3 HĐND thị xã', units: [], role: 'title' },
        { line: 'Sáng 5/7, HĐND thị xã họp.', units: [], role: 'lead' },
        { line: text, units: findUnitMentions(text, place), role: 'paragraph' },
      ]),
    ).toStrictEqual(['HĐND thị xã Mỹ Lộc'])
  })
})

describe('participatingUnits on a vague group’s owner', () => {
  it('should not take the unit whose bodies, unnamed, take part', () => {
    expect(
      participants([
        ['title', 'Mặt trận xã gặp mặt cán bộ cốt cán'],
        [
          'lead',
          'Chiều 9/2, Ủy ban MTTQ xã Trường Phú tổ chức gặp mặt. Tham dự có đại diện lãnh đạo các ban của Tỉnh ủy, các phòng chuyên môn thuộc UBND huyện và Đảng ủy xã Trường Phú.',
        ],
      ]),
    ).toStrictEqual(['Ủy ban MTTQ xã Trường Phú', 'Đảng ủy xã Trường Phú'])
  })
})

describe('participatingUnits on a programme of visits', () => {
  it('should not take the bodies of a programme of supervisions for participants', () => {
    expect(
      participants([
        ['title', 'Ba Tri: Triển khai chương trình giám sát năm 2020'],
        ['lead', 'Ngày 26/12/2019, Thường trực HĐND huyện tổ chức họp.'],
        [
          'paragraph',
          'Theo đó, Ban Pháp chế HĐND huyện giám sát 06 cuộc tại: Thanh tra huyện, Công an huyện, Tòa án nhân dân huyện.',
        ],
        ['paragraph', 'Tham dự cuộc họp có đại diện Văn phòng HĐND và UBND huyện.'],
      ]),
    ).toStrictEqual(['Thường trực HĐND huyện', 'Văn phòng HĐND và UBND huyện'])
  })
})

describe('participatingUnits and the meeting’s venue', () => {
  it('should leave out the owner of the building the meeting is held in', () => {
    expect(
      participants([
        ['title', 'Đoàn Thanh niên xã Tân Lập tổ chức Đại hội'],
        [
          'lead',
          'Sáng 5/10, tại hội trường UBND xã Tân Lập, Đoàn Thanh niên xã Tân Lập tổ chức Đại hội đại biểu lần thứ I.',
        ],
      ]),
    ).toStrictEqual(['Đoàn Thanh niên xã Tân Lập', 'Đoàn Thanh niên xã Tân Lập'])
  })

  it('should tell a venue from a body named after "tại" as the place visited', () => {
    const line = 'Đoàn giám sát làm việc tại UBND xã Tân Lập, tại Trụ sở Huyện ủy Mỹ Lộc'
    expect(isVenue(line, line.indexOf('UBND'))).toBe(false)
    expect(isVenue(line, line.indexOf('Huyện ủy'))).toBe(true)
  })
})

describe('participatingUnits and the bodies that report to the meeting', () => {
  it('should take the unit the meeting hears report, and not the units its report is about', () => {
    expect(
      participants([
        ['title', 'Hội nghị tổng kết công tác Mặt trận năm 2024'],
        ['lead', 'Ngày 10/1/2025, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị tổng kết.'],
        [
          'paragraph',
          'Hội nghị đã nghe UBND xã Tân Lập thông báo tình hình kinh tế - xã hội. Hội nghị cũng nghe báo cáo hoạt động của Hội Nông dân xã Tân Lập.',
        ],
      ]),
    ).toStrictEqual(['Ủy ban MTTQ xã Tân Lập', 'UBND xã Tân Lập'])
  })

  it('should not take a unit one listens to in a dialogue ("lắng nghe")', () => {
    expect(
      participants([
        ['title', 'Đối thoại với Nhân dân năm 2024'],
        ['lead', 'Sáng 3/5/2024, Đảng ủy xã Tân Lập tổ chức đối thoại với Nhân dân.'],
        ['paragraph', 'Người dân lắng nghe UBND huyện Mỹ Lộc thông báo về quy hoạch.'],
      ]),
    ).toStrictEqual(['Đảng ủy xã Tân Lập'])
  })
})

describe('participatingUnits and the bodies credited for results', () => {
  it('should leave out the bodies whose support a report credits, "sự phối hợp" included', () => {
    expect(
      participants([
        ['title', 'Huyện Mỹ Lộc tổng kết năm học 2023-2024'],
        [
          'lead',
          'Ngày 20/8/2024, Phòng Giáo dục và Đào tạo huyện Mỹ Lộc tổ chức hội nghị tổng kết năm học.',
        ],
        [
          'paragraph',
          'Được sự quan tâm chỉ đạo của Sở Giáo dục và Đào tạo, của Huyện ủy Mỹ Lộc, UBND huyện Mỹ Lộc; sự phối hợp của các ngành và UBND các xã, thị trấn, ngành giáo dục đạt nhiều thành tích.',
        ],
        ['paragraph', 'Dự hội nghị có đại diện lãnh đạo của Hội Khuyến học huyện Mỹ Lộc.'],
      ]),
    ).toStrictEqual(['phòng Giáo dục và Đào tạo huyện Mỹ Lộc', 'Hội Khuyến học huyện Mỹ Lộc'])
  })
})

describe('participatingUnits and more ways to name who attends or reports', () => {
  const meeting: [UnitLine['role'], string][] = [
    ['title', 'Hội nghị sơ kết 6 tháng đầu năm'],
    ['lead', 'Sáng 5/7/2024, UBND huyện Mỹ Lộc tổ chức hội nghị sơ kết.'],
  ]

  it('should take the units of "có sự góp mặt của" and "Thành phần gồm"', () => {
    expect(
      participants([
        ...meeting,
        ['paragraph', 'Hội nghị có sự góp mặt của lãnh đạo Sở Nội vụ.'],
        ['paragraph', 'Thành phần gồm lãnh đạo Huyện ủy Mỹ Lộc và Sở Tài chính.'],
      ]),
    ).toStrictEqual(['UBND huyện Mỹ Lộc', 'Sở Nội vụ', 'Huyện ủy Mỹ Lộc', 'Sở Tài chính'])
  })

  it('should take a unit that presents a report, not one whose report is cited', () => {
    expect(
      participants([
        ...meeting,
        ['paragraph', 'Báo cáo do Văn phòng HĐND và UBND huyện trình bày.'],
        ['paragraph', 'Phòng Tài chính báo cáo tình hình ngân sách.'],
        ['paragraph', 'Theo báo cáo của phòng Nội vụ, năm qua có nhiều chuyển biến.'],
      ]),
    ).toStrictEqual(['UBND huyện Mỹ Lộc', 'Văn phòng HĐND và UBND huyện Mỹ Lộc', 'phòng Tài chính'])
  })
})

describe('participatingUnits and the authors of circulars and decrees', () => {
  it('should leave out the ministry or government that wrote a "Thông tư" or "Nghị định"', () => {
    expect(
      participants([
        ['title', 'Hội nghị triển khai Thông tư mới'],
        ['lead', 'Sáng 5/7/2024, Sở Tư pháp tổ chức hội nghị triển khai.'],
        [
          'paragraph',
          'Tham dự có đại diện Ủy ban MTTQ tỉnh; hội nghị quán triệt Thông tư số 01/2024/TT-BTP của Bộ Tư pháp.',
        ],
      ]),
    ).toStrictEqual(['Sở Tư pháp', 'Ủy ban MTTQ tỉnh'])
  })

  it('should take the units of a bare "Dự có" and "Có mặt tại", not those only mentioned', () => {
    expect(
      participants([
        ['title', 'Hội nghị triển khai nhiệm vụ năm 2024'],
        ['lead', 'Sáng 3/1, Đảng ủy xã An Phú tổ chức hội nghị triển khai nhiệm vụ năm 2024.'],
        ['paragraph', 'Dự có Hội Nông dân xã, Đoàn Thanh niên xã và Ủy ban MTTQ xã An Phú.'],
        ['paragraph', 'Có mặt tại hội nghị có lãnh đạo Công an huyện Mỹ Lộc.'],
        ['paragraph', 'Năm qua, Hội Cựu chiến binh xã An Phú đạt nhiều kết quả.'],
      ]),
    ).toStrictEqual([
      'Đảng ủy xã An Phú',
      'Hội Nông dân xã An Phú',
      'Đoàn Thanh niên xã An Phú',
      'Ủy ban MTTQ xã An Phú',
      'Công an huyện Mỹ Lộc',
    ])
  })

  it('should leave out a body whose direction or request the meeting follows', () => {
    expect(
      participants([
        ['title', 'Hội nghị triển khai công tác phòng chống thiên tai'],
        [
          'lead',
          'Sáng 3/6, theo chỉ đạo của UBND tỉnh Nam Định, UBND huyện Mỹ Lộc tổ chức hội nghị triển khai công tác phòng chống thiên tai.',
        ],
        ['paragraph', 'Tham dự có đại diện Phòng Nông nghiệp, theo đề nghị của Sở Tài chính.'],
      ]),
    ).toStrictEqual(['UBND huyện Mỹ Lộc', 'phòng Nông nghiệp'])
  })

  it('should leave out a body the meeting praises, not one it names attending', () => {
    expect(
      participants([
        ['title', 'Thị trấn Chợ Vàm tổ chức hội nghị đối thoại với nhân dân'],
        ['lead', 'Sáng 5/10, Đảng ủy thị trấn Chợ Vàm tổ chức hội nghị đối thoại với nhân dân.'],
        [
          'paragraph',
          'Bà con biểu dương tinh thần quyết tâm đẩy lùi tệ nạn xã hội của lực lượng Công an thị trấn Chợ Vàm.',
        ],
        ['paragraph', 'Tham dự có đại diện Hội Nông dân thị trấn Chợ Vàm.'],
      ]),
    ).toStrictEqual([
      'thị trấn Chợ Vàm',
      'Đảng ủy thị trấn Chợ Vàm',
      'Hội Nông dân thị trấn Chợ Vàm',
    ])
  })

  it('should leave out the body that owns a participant, named after "thuộc"', () => {
    expect(
      participants([
        ['title', 'Đoàn công tác Cục Kiểm lâm làm việc tại Thành phố Hồ Chí Minh'],
        [
          'lead',
          'Ngày 24/9/2020, Đoàn Cục Kiểm lâm Việt Nam thuộc Tổng cục Lâm nghiệp làm việc với Chi cục Kiểm lâm Thành phố.',
        ],
        ['paragraph', 'Cùng với đoàn có Chi cục Kiểm lâm vùng 3 thuộc Cục Kiểm lâm.'],
      ]),
    ).toStrictEqual([
      'Cục Kiểm lâm',
      'Cục Kiểm lâm Việt Nam',
      'Chi cục Kiểm lâm Thành phố',
      'Chi cục Kiểm lâm vùng 3',
    ])
  })
})

describe('participatingUnits on the period’s work and tasks asked for', () => {
  it('should take no part from a sentence that reports a period’s work', () => {
    expect(
      participants([
        ['title', 'Thường trực HĐND huyện Mỹ Lộc họp phiên thường kỳ tháng 5'],
        ['lead', 'Sáng 28/5, Thường trực HĐND huyện Mỹ Lộc họp phiên thường kỳ tháng 5.'],
        ['paragraph', 'Trong tháng 5, Thường trực HĐND huyện tham dự kỳ họp thứ 7 HĐND tỉnh.'],
        ['paragraph', '6 tháng đầu năm 2024, HĐND các cấp đã phối hợp với Ủy ban MTTQ tỉnh.'],
        ['paragraph', 'Thời gian qua, UBND tỉnh đã cùng các huyện giám sát tại các xã.'],
        ['paragraph', 'Tham dự phiên họp có đại diện Văn phòng HĐND và UBND huyện.'],
      ]),
    ).toStrictEqual([
      'Thường trực HĐND huyện Mỹ Lộc',
      'Thường trực HĐND huyện Mỹ Lộc',
      'Văn phòng HĐND và UBND huyện Mỹ Lộc',
    ])
  })

  it('should take no part from a role asked for or planned', () => {
    expect(
      participants([
        ['title', 'Thường trực HĐND huyện kiểm tra hoạt động của HĐND xã An Phú'],
        ['lead', 'Ngày 12/6, Thường trực HĐND huyện kiểm tra hoạt động của HĐND xã An Phú.'],
        [
          'paragraph',
          'Đoàn kiểm tra đề nghị Thường trực HĐND xã tiếp tục phối hợp với Ủy ban MTTQ xã An Phú.',
        ],
        [
          'paragraph',
          'Thường trực thống nhất nội dung cần thực hiện như sau: dự kỳ họp HĐND các xã, thị trấn cuối năm.',
        ],
        ['paragraph', 'Cùng dự có đại diện Hội Nông dân xã An Phú, đề nghị tăng cường giám sát.'],
      ]),
    ).toStrictEqual([
      'Thường trực HĐND huyện',
      'HĐND xã An Phú',
      'Thường trực HĐND huyện',
      'HĐND xã An Phú',
      'Hội Nông dân xã An Phú',
    ])
  })
})

describe('participatingUnits on the discussion and tasks assigned', () => {
  it('should take no part from the discussion or from a task assigned', () => {
    expect(
      participants([
        ['title', 'UBND huyện Mỹ Lộc họp phiên thường kỳ tháng 5'],
        ['lead', 'Sáng 28/5, UBND huyện Mỹ Lộc họp phiên thường kỳ tháng 5.'],
        [
          'paragraph',
          'Các đại biểu tham gia thảo luận về dự án của Ban Quản lý dự án đầu tư xây dựng huyện và an ninh do Công an huyện nắm.',
        ],
        [
          'paragraph',
          'Chủ tịch UBND huyện giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND xã An Phú.',
        ],
        ['paragraph', 'Báo cáo nêu kết quả Ủy ban MTTQ huyện tham gia bầu cử đại biểu HĐND.'],
        ['paragraph', 'Tham gia đoàn có đại diện Chi cục Thuế huyện.'],
      ]),
    ).toStrictEqual(['UBND huyện Mỹ Lộc', 'UBND huyện Mỹ Lộc', 'Chi cục Thuế huyện Mỹ Lộc'])
  })
})

describe('participatingUnits on rooms, positions, staff bodies and organs as authors', () => {
  it('should leave out the owner of the room, a position’s body and the body staff serve', () => {
    expect(
      participants([
        ['title', 'Đảng ủy xã An Phú hội nghị Ban Chấp hành mở rộng tháng 6'],
        ['lead', 'Chiều 12/6, Đảng ủy xã An Phú họp tại Phòng họp tầng II UBND xã.'],
        [
          'paragraph',
          'Tham dự có Chỉ huy trưởng Ban Chỉ huy Quân sự xã; lãnh đạo các cơ quan tham mưu, giúp việc Huyện ủy; đại diện Hội Nông dân xã.',
        ],
      ]),
    ).toStrictEqual(['Đảng ủy xã An Phú', 'Đảng ủy xã An Phú', 'Hội Nông dân xã An Phú'])
  })

  it('should leave out the owner of a counted group of party bodies that take part', () => {
    expect(
      participants([
        ['title', 'Đoàn giám sát của Ban Thường vụ Tỉnh ủy làm việc tại thị xã Hương Trà'],
        [
          'lead',
          'Ngày 20/9, Đoàn giám sát của Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Hương Trà.',
        ],
        [
          'paragraph',
          'Đoàn giám sát tại 04 đơn vị, tổ chức đảng thuộc Thị ủy Hương Trà: Văn phòng Thị ủy, Đảng ủy phường Tứ Hạ.',
        ],
      ]),
    ).toStrictEqual([
      'Ban Thường vụ Tỉnh ủy',
      'Ban Thường vụ Tỉnh ủy',
      'Thị ủy Hương Trà',
      'Văn phòng Thị ủy Hương Trà',
      'Đảng ủy phường Tứ Hạ',
    ])
  })

  it('should leave out the body a paper goes to next and a plan named "chương trình phối hợp"', () => {
    expect(
      participants([
        ['title', 'Thường trực HĐND huyện họp liên tịch'],
        ['lead', 'Sáng 7/6, Thường trực HĐND huyện Mỹ Lộc họp liên tịch.'],
        [
          'paragraph',
          'Tham dự có UBND huyện; các báo cáo được hoàn thiện để trình Ban Thường vụ Huyện ủy và trình ra Hội nghị Ban Chấp hành Đảng bộ huyện.',
        ],
        ['paragraph', 'Hội nghị đề ra chương trình phối hợp năm 2024 của Ủy ban MTTQ huyện.'],
        ['paragraph', 'Cùng dự có đại diện Phòng Nội vụ.'],
      ]),
    ).toStrictEqual([
      'Thường trực HĐND huyện Mỹ Lộc',
      'Thường trực HĐND huyện Mỹ Lộc',
      'UBND huyện Mỹ Lộc',
      'phòng Nội vụ',
    ])
  })

  it('should read an award’s grantor as no part and a paper sent on as no part', () => {
    expect(
      participants([
        ['title', 'Hội Nông dân huyện Mỹ Lộc tổng kết năm 2023'],
        ['lead', 'Sáng 5/1, Hội Nông dân huyện Mỹ Lộc tổng kết công tác năm 2023.'],
        [
          'paragraph',
          'Tham dự có đại diện Huyện ủy; 5 tập thể nhận Bằng khen của UBND tỉnh, báo cáo được gửi về Hội Nông dân tỉnh.',
        ],
      ]),
    ).toStrictEqual(['Hội Nông dân huyện Mỹ Lộc', 'Hội Nông dân huyện Mỹ Lộc', 'Huyện ủy Mỹ Lộc'])
  })

  it('should read who attends "về phía" a body, a numbered delegation’s sender, and a report’s period', () => {
    expect(
      participants([
        ['title', 'Đoàn kiểm tra số 2 của Ban Thường vụ Huyện ủy kiểm tra tại Đảng ủy xã Tân Lập'],
        [
          'lead',
          'Ngày 15/8, Đoàn kiểm tra số 2 của Ban Thường vụ Huyện ủy làm việc tại xã Tân Lập.',
        ],
        ['paragraph', 'Về phía xã có lãnh đạo HĐND, UBND, Ủy ban MTTQ xã.'],
        ['paragraph', 'Theo báo cáo, thời gian qua, Đảng ủy xã đã phối hợp với Hội Nông dân xã.'],
      ]),
    ).toStrictEqual([
      'Ban Thường vụ Huyện ủy',
      'Đảng ủy xã Tân Lập',
      'Ban Thường vụ Huyện ủy',
      'xã Tân Lập',
      'HĐND xã Tân Lập',
      'UBND xã Tân Lập',
      'Ủy ban MTTQ xã Tân Lập',
    ])
  })

  it('should read a delegation’s members, who else attends and the linked halls', () => {
    expect(
      participants([
        ['title', 'UBND huyện Mỹ Lộc họp trực tuyến'],
        ['lead', 'Sáng 3/6, UBND huyện Mỹ Lộc tổ chức hội nghị trực tuyến.'],
        ['paragraph', 'Hội nghị được kết nối đến điểm cầu UBND xã An Phú.'],
        ['paragraph', 'Đoàn gồm lãnh đạo Sở Tài chính. Còn có đại diện Sở Xây dựng.'],
        ['paragraph', 'Hội nghị vinh dự được đón lãnh đạo Bộ Nội vụ.'],
      ]),
    ).toStrictEqual([
      'UBND huyện Mỹ Lộc',
      'UBND huyện Mỹ Lộc',
      'UBND xã An Phú',
      'Sở Tài chính',
      'Sở Xây dựng',
      'Bộ Nội vụ',
    ])
  })

  it('should read a document by a body’s organ as the body’s', () => {
    const line =
      'Thực hiện Nghị quyết số 19-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt Nam'
    expect(isDocumentAuthor(line, line.indexOf('Trung ương'))).toBe(true)
  })
})
