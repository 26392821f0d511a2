import { describe, expect, it } from 'vitest'

import { parseMeeting } from './parseMeeting'
import { findOfficialMentions, mergeOfficials } from './parseOfficials'
import { articlePlaces } from './places'

const meetingOf = (title: string, lead: string, publishedAt?: string) => {
  const mentions = [title, lead].flatMap((line) => findOfficialMentions(line))
  return parseMeeting({
    title,
    lead,
    publishedAt,
    mentions,
    officials: mergeOfficials(mentions),
    places: articlePlaces([title, lead], [title, lead]),
    leadExcluded: findOfficialMentions(lead),
  })
}

describe('parseMeeting', () => {
  it('should read no meeting from a meeting word without a day, nor from a round-up', () => {
    const feature = meetingOf(
      'Hội nghị thượng đỉnh tại Hà Nội: câu chuyện chưa kể của ngành lễ tân',
      'Với các cán bộ lễ tân, việc thu xếp hậu cần cho một sự kiện tầm cỡ là một thử thách lớn.',
    )
    expect(feature.meeting).toBeUndefined()
    const roundUp = meetingOf(
      'Hội Nông dân huyện: Các Chi hội Nông dân tổ chức Đại hội nhiệm kỳ 2023 - 2028',
      'Thực hiện hướng dẫn của Hội Nông dân tỉnh, các Chi hội đã tổ chức đại hội.',
    )
    expect(roundUp.meeting).toBeUndefined()
    // With its day, the same meeting word reports a meeting.
    expect(
      meetingOf(
        'Gặp mặt cán bộ cốt cán nhân dịp Tết Nguyên đán',
        'Chiều 9/2/2026, Đảng ủy xã Trường Phú tổ chức gặp mặt cán bộ cốt cán.',
      ).meeting?.kind,
    ).toBe('other')
  })

  it('should assemble kind, date, chair and host', () => {
    expect(
      meetingOf(
        'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
        'Chiều ngày 30/12, đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.',
        '2020-12-30T18:45:37+07:00',
      ),
    ).toEqual({
      meeting: {
        kind: 'review',
        date: '2020-12-30',
        partOfDay: 'afternoon',
        isYearInferred: true,
        yearSource: 'publishedAt',
        chair: { name: 'Nguyễn Khắc Thận', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
        hostUnit: 'UBND tỉnh',
      },
      warnings: [
        {
          field: 'meeting.date',
          message: 'Năm 2020 được suy ra từ ngày đăng (year inferred from the publish date)',
        },
      ],
    })
  })

  it('should take the only official named for the chair, with a warning', () => {
    const { meeting, warnings } = meetingOf(
      'Thường trực Tỉnh ủy làm việc tại thành phố Bắc Kạn',
      'Phát biểu, đồng chí Nguyễn Văn Du – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã ghi nhận.',
    )
    expect(meeting?.chair).toEqual({
      name: 'Nguyễn Văn Du',
      titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
    })
    expect(meeting?.hostUnit).toBe('Thành ủy Bắc Kạn')
    expect(warnings.map((warning) => warning.field)).toEqual(['meeting.date', 'meeting.chair'])
  })

  it('should warn about a missing chair and host', () => {
    const { meeting, warnings } = meetingOf(
      'Hội nghị giao ban',
      'Sáng ngày 3/3/2023, hội nghị diễn ra.',
    )
    expect(meeting).toEqual({
      kind: 'other',
      date: '2023-03-03',
      partOfDay: 'morning',
      isYearInferred: false,
      yearSource: 'text',
    })
    expect(warnings.map((warning) => warning.field)).toEqual(['meeting.chair', 'meeting.hostUnit'])
  })

  it('should give no meeting for other news', () => {
    expect(meetingOf('Lịch cắt điện tuần tới', 'Điện lực thông báo lịch cắt điện.')).toEqual({
      warnings: [
        { field: 'meeting', message: 'Không nhận ra cuộc họp nào (no meeting recognised)' },
      ],
    })
  })
})

describe('parseMeeting on notices of a meeting to come', () => {
  it('should read no meeting from a lead announcing it', () => {
    const notice = meetingOf(
      'Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025',
      'Theo kế hoạch, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX sẽ được tổ chức từ ngày 13 đến ngày 15/10/2020, tại Nhà Văn hóa tỉnh.',
      '2020-10-05T15:05:53+07:00',
    )
    expect(notice.meeting).toBeUndefined()
    expect(notice.warnings[0].field).toBe('meeting')
  })

  it('should read no meeting from an article published before the day it names', () => {
    const ahead = meetingOf(
      'Công tác chuẩn bị cho Đại hội Đảng bộ thị xã lần thứ VI',
      'Từ ngày 11 đến ngày 13 tháng 6 năm 2020, Đảng bộ thị xã Mỹ Lộc long trọng tổ chức Đại hội đại biểu lần thứ VI.',
      '2020-06-10',
    )
    expect(ahead.meeting).toBeUndefined()
    // Published on the day or after it, the same lead reports the congress.
    const held = meetingOf(
      'Đại hội Đảng bộ thị xã lần thứ VI',
      'Từ ngày 11 đến ngày 13 tháng 6 năm 2020, Đảng bộ thị xã Mỹ Lộc long trọng tổ chức Đại hội đại biểu lần thứ VI.',
      '2020-06-13',
    )
    expect(held.meeting).toMatchObject({ kind: 'congress', date: '2020-06-11' })
  })

  it('should read no meeting from a notice’s time and place fields', () => {
    const mentions = findOfficialMentions('Tiếp xúc cử tri sau kỳ họp thứ 14 HĐND huyện')
    const notice = parseMeeting({
      title: 'Về việc tiếp xúc cử tri sau kỳ họp thứ 14 HĐND huyện',
      lead: 'Thường trực HĐND huyện phối hợp với Ủy ban MTTQ huyện tổ chức tiếp xúc cử tri.',
      body: ['Thời gian: Từ ngày 05 đến ngày 08 tháng 01 năm 2021.', 'Địa điểm: các khu dân cư.'],
      mentions,
      officials: mergeOfficials(mentions),
      places: articlePlaces([], []),
      leadExcluded: [],
    })
    expect(notice.meeting).toBeUndefined()
  })

  it('should read no meeting from a round-up of many committees', () => {
    expect(
      meetingOf(
        'Ban Thường vụ các Tỉnh ủy: Bắc Ninh, Bạc Liêu kiểm điểm, tự phê bình và phê bình',
        'Ban Thường vụ các Tỉnh ủy Bắc Ninh, Bạc Liêu đã tổ chức kiểm điểm, tự phê bình và phê bình.',
      ).meeting,
    ).toBeUndefined()
  })
})

describe('parseMeeting on a working visit named in the body only', () => {
  const visit = (lead: string) => {
    const title = 'Lãnh đạo tỉnh về thăm huyện Mỹ Lộc'
    const mentions = findOfficialMentions(lead)
    return parseMeeting({
      title,
      lead,
      body: ['Tại buổi làm việc, huyện báo cáo kết quả 6 tháng đầu năm.'],
      mentions,
      officials: mergeOfficials(mentions),
      places: articlePlaces([title, lead], [title, lead]),
      leadExcluded: mentions,
    }).meeting
  }

  it('should read a working visit from "buổi làm việc" in the body when the lead gives the day', () => {
    expect(visit('Sáng 12/3/2024, lãnh đạo tỉnh đã về thăm huyện Mỹ Lộc.')?.kind).toBe(
      'workingVisit',
    )
  })

  it('should read no meeting from the body alone without a day', () => {
    expect(visit('Lãnh đạo tỉnh thường xuyên về thăm huyện Mỹ Lộc.')).toBeUndefined()
  })

  it('should read no meeting from a count of the bodies that held theirs, days given or not', () => {
    const roundUp = meetingOf(
      '12/12 CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ TÂN AN TỔ CHỨC THÀNH CÔNG ĐẠI HỘI',
      'Từ ngày 02/8/2024 đến ngày 14/8/2024, 12/12 chi bộ đã tổ chức thành công đại hội.',
    )
    expect(roundUp.meeting).toBeUndefined()
    expect(
      meetingOf('Các xã hoàn thành Đại hội Hội Nông dân cấp cơ sở', '').meeting,
    ).toBeUndefined()
  })

  it('should read a meeting someone chaired though no day is printed', () => {
    expect(
      meetingOf(
        'Hội thảo khoa học về công tác kiểm sát',
        'Hội thảo là dịp nhìn lại 60 năm của ngành. Ông Trần Văn A, Viện trưởng VKSND tỉnh dự và chủ trì Hội thảo.',
      ).meeting?.kind,
    ).toBe('other')
    // Without a chair at work, a meeting word and no day is still no meeting report.
    expect(
      meetingOf('Hội thảo khoa học về công tác kiểm sát', 'Ông Trần Văn A sẽ chủ trì hội thảo.')
        .meeting,
    ).toBeUndefined()
  })
})

describe('parseMeeting on the chair’s titles', () => {
  it('should give the chair every title the article gives them, not only those beside "chủ trì"', () => {
    const title = 'Ban Thường vụ Tỉnh ủy tổ chức Hội nghị kiểm điểm năm 2023'
    const lead = 'Đồng chí Bí thư Tỉnh ủy Hải Dương Trần Văn An đề nghị phân tích kết quả năm 2023.'
    const body = [
      'Chiều 10/1/2024, đồng chí Trần Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.',
    ]
    const mentions = [title, lead, ...body].flatMap((line) => findOfficialMentions(line))
    const { meeting } = parseMeeting({
      title,
      lead,
      body,
      mentions,
      officials: mergeOfficials(mentions),
      places: articlePlaces([title, lead], [title, lead, ...body]),
      leadExcluded: findOfficialMentions(lead),
    })
    expect(meeting?.chair?.name).toBe('Trần Văn An')
    expect(new Set(meeting?.chair?.titles)).toEqual(
      new Set(['Bí thư Tỉnh ủy Hải Dương', 'Ủy viên Trung ương Đảng']),
    )
  })
})

describe('parseMeeting on statistics', () => {
  it('should read no meeting from a count of meetings held', () => {
    expect(
      meetingOf(
        'HĐND huyện Mỹ Lộc tổ chức 9 cuộc giám sát, khảo sát',
        'Từ đầu năm, Thường trực, các Ban HĐND huyện đã thực hiện 9 cuộc giám sát chuyên đề.',
      ).meeting,
    ).toBeUndefined()
  })

  it('should read no meeting from a lead that sums up a period', () => {
    expect(
      meetingOf(
        'Đại hội chi, đảng bộ cơ sở: Có nhiều đổi mới',
        'Đến thời điểm này, tỉnh đã cơ bản hoàn thành đại hội chi, đảng bộ cơ sở nhiệm kỳ 2025 - 2030.',
      ).meeting,
    ).toBeUndefined()
    expect(
      meetingOf(
        'TP hoàn thành tổ chức đại hội MTTQ cấp quận, huyện',
        'Ủy ban MTTQ thành phố vừa sơ kết công tác tổ chức đại hội MTTQ cấp quận, huyện.',
      ).meeting,
    ).toBeUndefined()
  })

  it('should keep a single body’s congress held with no day printed', () => {
    expect(
      meetingOf(
        'Chi bộ cơ quan MTTQ xã Tân Lập tổ chức thành công Đại hội lần thứ nhất',
        'Vừa qua, Chi bộ cơ quan MTTQ xã Tân Lập đã tổ chức Đại hội nhiệm kỳ 2025 - 2030.',
      ).meeting?.kind,
    ).toBe('congress')
  })
})

describe('parseMeeting on a sapo that sums up', () => {
  it('should read the kind and the day from the paragraph that gives the day, with a warning', () => {
    const title = 'Đề xuất rút ngắn quy trình bầu cử sau sắp xếp đơn vị hành chính'
    const lead = 'Dự án Luật sửa đổi đề xuất rút ngắn thời gian thực hiện một số thủ tục bầu cử.'
    const { meeting, warnings } = parseMeeting({
      title,
      lead,
      body: ['Sáng 12/5/2025, tiếp tục chương trình kỳ họp thứ 9, Quốc hội khóa XV nghe tờ trình.'],
      mentions: [],
      officials: [],
      places: articlePlaces([title, lead], [title, lead]),
      leadExcluded: [],
    })
    expect(meeting).toMatchObject({ kind: 'councilSession', date: '2025-05-12' })
    expect(warnings.map((warning) => warning.field)).toContain('meeting')
  })

  it('should read no meeting from a body whose paragraphs give no day', () => {
    const title = 'Đề xuất rút ngắn quy trình bầu cử sau sắp xếp đơn vị hành chính'
    const lead = 'Dự án Luật sửa đổi đề xuất rút ngắn thời gian thực hiện một số thủ tục bầu cử.'
    expect(
      parseMeeting({
        title,
        lead,
        body: ['Tại kỳ họp thứ 9, Quốc hội khóa XV sẽ xem xét dự án Luật.'],
        mentions: [],
        officials: [],
        places: articlePlaces([title, lead], [title, lead]),
        leadExcluded: [],
      }).meeting,
    ).toBeUndefined()
  })
})

describe('parseMeeting on a notice without a year', () => {
  it('should read no meeting from a day a few days after publication', () => {
    expect(
      meetingOf(
        'Tọa đàm “Ký ức 80 năm - Mùa thu lịch sử”',
        'TTXVN phối hợp với UBND thành phố tổ chức tọa đàm. Sự kiện diễn ra vào 9 giờ 30 phút sáng 22/8 tại Trung tâm Báo chí.',
        '2025-08-20T10:00:00+07:00',
      ).meeting,
    ).toBeUndefined()
  })
})

describe('parseMeeting on a meeting the lead says was held, with no day', () => {
  it('should read a meeting of another kind the lead says was just held', () => {
    expect(
      meetingOf(
        'Hội LHPN xã Tân Lập đối thoại với hội viên',
        'Hội Liên hiệp Phụ nữ xã Tân Lập vừa tổ chức hội nghị đối thoại giữa lãnh đạo xã với hội viên phụ nữ.',
      ).meeting?.kind,
    ).toBe('other')
  })

  it('should read a meeting the lead opens as just held, "Vừa qua, …"', () => {
    expect(
      meetingOf(
        'Giao lưu văn nghệ mừng Xuân',
        'Vừa qua, UBND xã Tân Lập tổ chức buổi gặp mặt các cụ cao tuổi nhân dịp đón Xuân.',
      ).meeting?.kind,
    ).toBe('other')
  })

  it('should read no meeting from a lead that counts the meetings held', () => {
    expect(
      meetingOf(
        'Hội LHPN huyện: hiệu quả từ các buổi đối thoại',
        'Năm 2023, Hội LHPN huyện đã tổ chức 20 buổi đối thoại với hội viên.',
      ).meeting,
    ).toBeUndefined()
  })

  it('should still read no meeting from a feature on dialogues held over the years', () => {
    expect(
      meetingOf(
        'Đối thoại để giải tỏa bức xúc, tháo gỡ khó khăn',
        'Những năm gần đây, cấp ủy, chính quyền các cấp thường xuyên tiếp xúc, đối thoại với người dân.',
      ).meeting,
    ).toBeUndefined()
  })
})

describe('parseMeeting on a speech printed on its own', () => {
  it('should read no meeting from a speech printed without a day, whatever session it names', () => {
    expect(
      meetingOf(
        'Phát biểu của đồng chí Trần Văn An, Chủ tịch UBND tỉnh tại phiên bế mạc Kỳ họp thứ tư HĐND tỉnh khóa XIX',
        'Báo điện tử trân trọng giới thiệu toàn văn bài phát biểu của đồng chí Chủ tịch UBND tỉnh.',
      ).meeting,
    ).toBeUndefined()
  })

  it('should read the meeting of a speech whose day is printed', () => {
    expect(
      meetingOf(
        'Bài phát biểu khai mạc Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh',
        'Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Tỉnh ủy lần thứ 8. Trân trọng giới thiệu bài phát biểu khai mạc.',
      ).meeting,
    ).toMatchObject({ kind: 'expandedConference', date: '2022-04-04' })
  })
})

describe('parseMeeting and a chair named again by name alone', () => {
  it('should take a titled official named again with "chủ trì" as the chair', () => {
    const { meeting } = meetingOf(
      'HĐND huyện họp thống nhất nội dung kỳ họp',
      'Sáng 5/6/2023, dự có các đồng chí Thường trực HĐND huyện: Hà Văn Dũng, Chủ tịch; Vi Thị Én, Phó Chủ tịch. Đồng chí Hà Văn Dũng chủ trì hội nghị.',
    )
    expect(meeting?.chair).toEqual({ name: 'Hà Văn Dũng', titles: ['Chủ tịch HĐND huyện'] })
  })

  it('should take no untitled name, nor one who will chair, as the chair', () => {
    const untitled = meetingOf(
      'Hội nghị giao ban tháng 6',
      'Sáng 5/6/2023, UBND xã tổ chức giao ban. Ông Hà Văn Dũng chủ trì hội nghị.',
    )
    expect(untitled.meeting?.chair).toBeUndefined()
    const toCome = meetingOf(
      'Hội nghị giao ban tháng 6',
      'Sáng 5/6/2023, UBND xã tổ chức giao ban, có đồng chí Hà Văn Dũng, Chủ tịch UBND xã. Tháng sau, đồng chí Hà Văn Dũng sẽ chủ trì.',
    )
    expect(toCome.meeting?.chair).toBeUndefined()
  })
})
