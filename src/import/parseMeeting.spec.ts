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
