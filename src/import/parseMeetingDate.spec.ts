import { describe, expect, it } from 'vitest'

import { findPrintedDay, parseMeetingDate } from './parseMeetingDate'

describe('findPrintedDay', () => {
  it('should read the part of day and the date opening a lead', () => {
    expect(findPrintedDay('Sáng ngày 24/6/2022, Lãnh đạo UBND')).toEqual({
      day: 24,
      month: 6,
      year: 2022,
      partOfDay: 'morning',
    })
    expect(findPrintedDay('Chiều ngày 30/12, đồng chí')).toEqual({
      day: 30,
      month: 12,
      partOfDay: 'afternoon',
    })
    expect(findPrintedDay('Tối nay (5/3), tại')).toEqual({ day: 5, month: 3, partOfDay: 'evening' })
    expect(findPrintedDay('Ngày 24/6/2022, UBND')).toEqual({ day: 24, month: 6, year: 2022 })
  })

  it('should not take other dates for the meeting day', () => {
    expect(findPrintedDay('Tính đến ngày 28/11/2020, công tác ngân sách')).toBeUndefined()
    expect(findPrintedDay('Sáng ngày 45/13, ')).toBeUndefined()
    expect(findPrintedDay('Theo báo cáo của Thành ủy')).toBeUndefined()
  })
})

describe('parseMeetingDate', () => {
  it('should keep a printed year', () => {
    expect(parseMeetingDate({ title: '', lead: 'Sáng ngày 24/6/2022, họp' })).toEqual({
      date: '2022-06-24',
      partOfDay: 'morning',
      isYearInferred: false,
      yearSource: 'text',
      warnings: [],
    })
  })

  it('should take the year from the publish date, or the year before', () => {
    expect(
      parseMeetingDate({
        title: '',
        lead: 'Chiều ngày 30/12, họp',
        publishedAt: '2020-12-30T18:45:37+07:00',
      }),
    ).toEqual({
      date: '2020-12-30',
      partOfDay: 'afternoon',
      isYearInferred: true,
      yearSource: 'publishedAt',
      warnings: [
        {
          field: 'meeting.date',
          message: 'Năm 2020 được suy ra từ ngày đăng (year inferred from the publish date)',
        },
      ],
    })
    expect(
      parseMeetingDate({
        title: '',
        lead: 'Chiều ngày 30/12, họp',
        publishedAt: '2021-01-02T08:00:00+07:00',
      }).date,
    ).toBe('2020-12-30')
  })

  it('should take the earliest year the title names, the latest in January and February', () => {
    const title = 'Hội nghị đánh giá kết quả năm 2020, triển khai nhiệm vụ năm 2021'
    expect(parseMeetingDate({ title, lead: 'Sáng ngày 16/12, hội nghị' })).toMatchObject({
      date: '2020-12-16',
      yearSource: 'title',
      isYearInferred: true,
    })
    expect(parseMeetingDate({ title, lead: 'Sáng ngày 16/1, hội nghị' }).date).toBe('2021-01-16')
  })

  it('should fall back on a year the lead names', () => {
    const result = parseMeetingDate({
      title: 'Họp giao ban',
      lead: 'Sáng ngày 16/12, đánh giá công tác năm 2020.',
    })
    expect(result.date).toBe('2020-12-16')
    expect(result.warnings[0].message).toContain('sapo')
  })

  it('should warn when there is no day or no year', () => {
    expect(parseMeetingDate({ title: '', lead: 'Theo báo cáo' })).toEqual({
      isYearInferred: false,
      warnings: [
        { field: 'meeting.date', message: 'Không tìm thấy ngày họp (no meeting date found)' },
      ],
    })
    const noYear = parseMeetingDate({ title: 'Họp giao ban', lead: 'Chiều ngày 30/12, họp' })
    expect(noYear).toMatchObject({ partOfDay: 'afternoon', isYearInferred: true })
    expect(noYear.date).toBeUndefined()
    expect(noYear.warnings).toHaveLength(1)
  })

  it('should refuse a day that does not exist in the inferred year', () => {
    const result = parseMeetingDate({ title: 'năm 2021', lead: 'Sáng ngày 29/2, họp' })
    expect(result.date).toBeUndefined()
    expect(result.warnings[0].message).toContain('29/2/2021')
  })
})
