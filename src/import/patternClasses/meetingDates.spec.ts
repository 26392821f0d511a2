import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11, pattern 5: the meeting's day in every form the lead prints it, with the part of day,
 * and the year taken from the publish date when the text gives none (the year before when the
 * day would fall after publication), flagged as inferred.
 */
const TITLE = 'Đảng ủy phường Tân Phú tổng kết công tác xây dựng Đảng'
const meetingOf = (publish: string, lead: string) =>
  parseArticle([TITLE, publish, lead, 'Hội nghị đã thống nhất các chỉ tiêu.'].join('\n')).meeting

const IN_MARCH_2018 = 'Thứ hai, 05/03/2018 | 09:12:40'

describe('meeting dates', () => {
  it.each([
    ['Sáng 3.6, Ban Pháp chế HĐND huyện Mang Thít tổ chức hội nghị tổng kết.', '2017-06-03'],
    ['Ngày 21-8, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2017-08-21'],
    ['Tối 30/12, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2017-12-30'],
    ['Sáng nay (5/3), Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-05'],
    ['Hôm qua (4/3), Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-04'],
    [
      'Sáng thứ Sáu (2/3), Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.',
      '2018-03-02',
    ],
    ['Chiều ngày 02/3 vừa qua, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết.', '2018-03-02'],
    [
      'Vào chiều ngày 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.',
      '2018-03-02',
    ],
    ['Sáng 02-03, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-02'],
    ['Ngày 2 tháng 3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-02'],
    ['Sáng 2/3,Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-02'],
    ['Sáng 2/3 Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-02'],
    ['Chiều 2 - 3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-02'],
    ['Ngày 2 / 3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-02'],
    ['SÁNG 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2018-03-02'],
  ])('should read "%s" with the year of the publish date or the one before', (lead, date) => {
    expect(meetingOf(IN_MARCH_2018, lead)).toMatchObject({
      date,
      isYearInferred: true,
      yearSource: 'publishedAt',
    })
  })

  it.each([
    ['Chiều ngày 15 tháng 10 năm 2019, Đảng ủy phường Tân Phú tổ chức hội nghị.', '2019-10-15'],
    ['Vào sáng ngày 02 tháng 3 năm 2018, Đảng ủy phường Tân Phú tổ chức hội nghị.', '2018-03-02'],
    ['Sáng 24/6/2021 Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', '2021-06-24'],
    [
      'Sáng ngày 2-3-2018, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.',
      '2018-03-02',
    ],
    [
      'Sáng ngày 2.3.2018, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.',
      '2018-03-02',
    ],
    [
      'Ngày 02/03/2018, tại Hội trường UBND phường, Đảng ủy phường Tân Phú tổ chức hội nghị.',
      '2018-03-02',
    ],
    [
      'Sáng thứ Sáu, ngày 2/3/2018, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết.',
      '2018-03-02',
    ],
    ['Chiều 2/3/2018 (tức 15 tháng Giêng), Đảng ủy phường Tân Phú tổ chức hội nghị.', '2018-03-02'],
    ['Ngày 12 Tháng 4, 2021, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết.', '2021-04-12'],
    [
      'Nhằm đánh giá kết quả năm qua, ngày 2/3/2018, Đảng ủy phường Tân Phú tổ chức hội nghị.',
      '2018-03-02',
    ],
  ])('should read "%s" with its printed year', (lead, date) => {
    expect(meetingOf('Thứ hai, 05/11/2021 | 09:12:40', lead)).toMatchObject({
      date,
      isYearInferred: false,
      yearSource: 'text',
    })
  })

  it.each([
    ['Trong 2 ngày 9 và 10-6, HĐND tỉnh Hậu Giang khóa X tổ chức kỳ họp thứ 7.', '2018-06-09'],
    ['Từ ngày 5 đến 7/7, HĐND tỉnh Hậu Giang khóa X tổ chức kỳ họp thứ 7.', '2018-07-05'],
    ['Trong hai ngày 1 - 2/3, HĐND tỉnh Hậu Giang khóa X tổ chức kỳ họp thứ 7.', '2018-03-01'],
  ])('should read the first day of "%s"', (lead, date) => {
    expect(meetingOf('Thứ tư, 11/07/2018 | 09:12:40', lead)).toMatchObject({ date })
  })

  it.each([
    ['Sáng 3.6, Ban Pháp chế HĐND huyện tổ chức hội nghị tổng kết.', 'morning'],
    ['Chiều ngày 15 tháng 10 năm 2019, Đảng ủy phường tổ chức hội nghị.', 'afternoon'],
    ['Tối 30/12, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.', 'evening'],
    ['Vào lúc 8 giờ sáng ngày 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết.', 'morning'],
  ])('should read the part of day of "%s"', (lead, partOfDay) => {
    expect(meetingOf('Thứ hai, 05/11/2021 | 09:12:40', lead)).toMatchObject({ partOfDay })
  })

  it('should flag a year taken from the publish date for the editor', () => {
    const parsed = parseArticle(
      [
        TITLE,
        'Thứ năm, 04/01/2018 | 09:12:40',
        'Sáng 29/12, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác năm 2017.',
      ].join('\n'),
    )
    expect(parsed.meeting).toMatchObject({ date: '2017-12-29', isYearInferred: true })
    expect(parsed.warnings).toContainEqual({
      field: 'meeting.date',
      message: 'Năm 2017 được suy ra từ ngày đăng (year inferred from the publish date)',
    })
  })

  it('should read the day after a newspaper’s dateline: "TÂN AN - Ngày 3/6, …"', () => {
    expect(
      meetingOf(
        'Thứ hai, 05/06/2023 | 09:12:40',
        'TÂN AN - Ngày 3/6, Thành ủy Tân An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.',
      ),
    ).toMatchObject({ date: '2023-06-03' })
  })

  it('should read no meeting day from a document’s date inside a sentence', () => {
    const meeting = meetingOf(
      'Thứ hai, 05/06/2023 | 09:12:40',
      'Thực hiện Kế hoạch ban hành ngày 3/5 của Huyện ủy, Đảng ủy phường Tân Phú đã tổ chức hội nghị tổng kết.',
    )
    expect(meeting?.date).toBeUndefined()
  })

  it.each([
    ['Lúc 14 giờ ngày 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết.', 'afternoon'],
    ['Vào lúc 19h 30 ngày 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết.', 'evening'],
    ['Vào lúc 7h30, ngày 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết.', 'morning'],
  ])('should read the day and the part of day from the hour before it: %s', (lead, partOfDay) => {
    expect(meetingOf(IN_MARCH_2018, lead)).toMatchObject({ date: '2018-03-02', partOfDay })
  })

  it.each([
    'Ngày mùng 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.',
    'Vừa qua, ngày 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.',
    'Mới đây, ngày 2/3, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác.',
  ])('should read the day of "%s"', (lead) => {
    expect(meetingOf(IN_MARCH_2018, lead)).toMatchObject({ date: '2018-03-02' })
  })
})
