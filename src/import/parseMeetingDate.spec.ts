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

describe('findPrintedDay in other forms', () => {
  it('should read dots, dashes, words and the first of two days', () => {
    expect(findPrintedDay('Sáng 3.6, UBND huyện')).toEqual({
      day: 3,
      month: 6,
      partOfDay: 'morning',
    })
    expect(findPrintedDay('Chiều ngày 15 tháng 10 năm 2019, tại')).toEqual({
      day: 15,
      month: 10,
      year: 2019,
      partOfDay: 'afternoon',
    })
    expect(findPrintedDay('Vào sáng ngày 02 tháng 3 năm 2018, hội nghị')).toMatchObject({
      day: 2,
      month: 3,
      year: 2018,
    })
    expect(findPrintedDay('Trong 2 ngày 9 và 10-6, Đảng bộ xã')).toEqual({ day: 9, month: 6 })
    expect(findPrintedDay('Ngày 21-8, Ban Thường vụ')).toEqual({ day: 21, month: 8 })
    expect(findPrintedDay('Sáng 24/6/2021 UBND tỉnh')).toMatchObject({ year: 2021 })
  })

  it('should date a session by its term when nothing else gives the year', () => {
    const result = parseMeetingDate({
      title: 'Kỳ họp thứ nhất HĐND huyện khóa VI nhiệm kỳ 2021 – 2026',
      lead: 'Chiều 22/6, Thường trực HĐND huyện họp.',
    })
    expect(result.date).toBe('2021-06-22')
  })

  it('should read the day from the first paragraphs, with a warning, when the lead has none', () => {
    const result = parseMeetingDate({
      title: 'Đại hội Hội Nông dân tỉnh',
      lead: '"Xây dựng nông dân phát triển toàn diện" là chủ đề của đại hội.',
      body: ['Sáng ngày 28/9/2023, tại thành phố, Hội Nông dân tỉnh tổ chức Đại hội.'],
    })
    expect(result.date).toBe('2023-09-28')
    expect(result.warnings[0].message).toContain('thân bài')
  })
})

describe('findPrintedDay in ranges and later sentences', () => {
  it('should read the first day of a range of days and a notice’s time', () => {
    expect(findPrintedDay('Từ ngày 11 đến ngày 13 tháng 6 năm 2020, Đảng bộ')).toEqual({
      day: 11,
      month: 6,
      year: 2020,
    })
    expect(findPrintedDay('Thời gian: Từ ngày 05 đến ngày 08 tháng 01 năm 2021.')).toEqual({
      day: 5,
      month: 1,
      year: 2021,
    })
  })

  it('should read "Trong ngày 21/8"', () => {
    expect(findPrintedDay('Trong ngày 21/8, Huyện ủy tổ chức hội nghị.')).toEqual({
      day: 21,
      month: 8,
    })
  })

  it('should read "Hôm nay (21/8/2023)"', () => {
    expect(findPrintedDay('Hôm nay (21/8/2023), UBND huyện tổ chức hội nghị.')).toEqual({
      day: 21,
      month: 8,
      year: 2023,
    })
  })

  it('should read the day opening the lead’s second sentence, past a document’s date', () => {
    expect(
      findPrintedDay(
        'Thực hiện Công văn số 249/HĐND-VP ngày 02 tháng 11 năm 2022 của HĐND thành phố. Ngày 24/11, tại Hội trường, UBND phường tổ chức hội nghị.',
      ),
    ).toEqual({ day: 24, month: 11 })
  })
})

describe('parseMeetingDate and spans of years', () => {
  it('should take no year from a period, only from a term', () => {
    const period = parseMeetingDate({
      title: 'Tôn vinh phụ nữ điển hình tiên tiến giai đoạn 2010-2015',
      lead: 'Sáng ngày 5/3, Hội LHPN tỉnh tổ chức hội nghị biểu dương giai đoạn 2010 - 2015.',
    })
    expect(period.date).toBeUndefined()
    const term = parseMeetingDate({
      title: 'Kỳ họp thứ nhất HĐND huyện khóa VI, nhiệm kỳ 2021 - 2026',
      lead: 'Sáng ngày 1/7, HĐND huyện khai mạc kỳ họp thứ nhất.',
    })
    expect(term.date).toBe('2021-07-01')
  })

  it('should prefer a year printed on its own to a term’s first year', () => {
    const result = parseMeetingDate({
      title: 'UBND tỉnh thảo luận các nội dung trình kỳ họp giữa năm',
      lead: 'Chiều 14/6, UBND tỉnh thảo luận các nội dung trình kỳ họp thường lệ giữa năm 2024, HĐND tỉnh khóa XVII, nhiệm kỳ 2021-2026.',
    })
    expect(result.date).toBe('2024-06-14')
  })
})

describe('findPrintedDay and spans of days inside a sentence', () => {
  it('should read the first day of "trong các ngày" or "(từ ngày … - …)" anywhere in the lead', () => {
    expect(
      findPrintedDay(
        'Thực hiện Kế hoạch số 04/KH-VC3 ngày 05/01/2023 về công tác năm 2023 trong các ngày 20 và 21/3/2023; Viện đã kiểm tra.',
      ),
    ).toEqual({ day: 20, month: 3, year: 2023 })
    expect(findPrintedDay('Đoàn giám sát làm việc trong hai ngày 9 và 10-6 tại huyện.')).toEqual({
      day: 9,
      month: 6,
    })
    expect(
      findPrintedDay(
        'Hội nghị diễn ra ngay sau Lễ kỷ niệm của ngành (từ ngày 15 - 17/9). Hội nghị',
      ),
    ).toEqual({ day: 15, month: 9 })
  })

  it('should not read a single day inside a sentence', () => {
    expect(
      findPrintedDay('Ban đã ban hành Quyết định số 06 ngày 16/3/2022 về đoàn giám sát.'),
    ).toBeUndefined()
  })
})

describe('findPrintedDay and a weekday after the part of day', () => {
  it('should read "Sáng thứ Sáu (24/6)" and "Chiều Chủ nhật, ngày 25/6"', () => {
    expect(findPrintedDay('Sáng thứ Sáu (24/6), UBND huyện họp.')).toEqual({
      day: 24,
      month: 6,
      partOfDay: 'morning',
    })
    expect(findPrintedDay('Chiều Chủ nhật, ngày 25/6, Đoàn thanh niên ra quân.')).toEqual({
      day: 25,
      month: 6,
      partOfDay: 'afternoon',
    })
  })

  it('should read "Sáng thứ Hai (ngày 5/6)"', () => {
    expect(findPrintedDay('Sáng thứ Hai (ngày 5/6), Đảng ủy xã tổ chức hội nghị.')).toEqual({
      day: 5,
      month: 6,
      partOfDay: 'morning',
    })
  })
})

describe('parseMeetingDate and the year a January meeting looks back on', () => {
  it('should take no year a January review only looks back on', () => {
    const result = parseMeetingDate({
      title: 'Ban Thường vụ Tỉnh ủy tổ chức Hội nghị kiểm điểm tự phê bình và phê bình năm 2022',
      lead: 'Đồng chí Bí thư Tỉnh ủy đề nghị căn cứ thực tiễn năm 2022 để phân tích, kiểm điểm.',
      body: ['Chiều 10.1, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 88.'],
    })
    expect(result).toMatchObject({ partOfDay: 'afternoon', isYearInferred: true })
    expect(result.date).toBeUndefined()
  })

  it('should take the year a January conference plans, and a year named for nothing else', () => {
    expect(
      parseMeetingDate({
        title: 'Tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023',
        lead: 'Sáng 12/1, Sở Tư pháp tổ chức hội nghị.',
      }).date,
    ).toBe('2023-01-12')
    expect(
      parseMeetingDate({
        title: 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5 năm 2023',
        lead: 'Sáng 12/1, Ban Chấp hành Đảng bộ huyện họp hội nghị lần thứ 5.',
      }).date,
    ).toBe('2023-01-12')
  })
})

describe('findPrintedDay and a year after a comma', () => {
  it('should read "12 Tháng 4, 2023"', () => {
    expect(findPrintedDay('Ngày 12 Tháng 4, 2023, Hội Nông dân huyện tổ chức hội nghị')).toEqual({
      day: 12,
      month: 4,
      year: 2023,
    })
  })
})

describe('findPrintedDay and a day set off by commas', () => {
  it('should read a day set off by commas before the clause it times', () => {
    expect(
      findPrintedDay(
        'Kiểm điểm là hội nghị thường niên. Với mục đích đó, ngày 29/11/2023, Chi bộ trường tổ chức hội nghị.',
      ),
    ).toEqual({ day: 29, month: 11, year: 2023 })
  })

  it('should not read a document’s day that is not set off', () => {
    expect(
      findPrintedDay(
        'Thực hiện Kế hoạch số 5 ngày 3/5/2023 của Huyện ủy, Chi bộ tổ chức hội nghị.',
      ),
    ).toBeUndefined()
  })
})

describe('findPrintedDay at noon', () => {
  it('should date a meeting held at noon without recording a part of day', () => {
    expect(findPrintedDay('Trưa 5/3, UBND xã Tân Lập tổ chức gặp mặt')).toEqual({
      day: 5,
      month: 3,
    })
  })
})

describe('parseMeetingDate and a day just after publication', () => {
  it('should keep the publish year for a day a few days ahead, and the next year across New Year', () => {
    expect(
      parseMeetingDate({
        title: 'Tọa đàm Ký ức 80 năm',
        lead: 'Sự kiện diễn ra vào 9 giờ 30 phút sáng 22/8 tại Trung tâm Báo chí.',
        publishedAt: '2025-08-20T10:00:00+07:00',
      }).date,
    ).toBe('2025-08-22')
    expect(
      parseMeetingDate({
        title: 'Hội nghị triển khai nhiệm vụ',
        lead: 'Sáng 5/1, Sở Tư pháp sẽ tổ chức hội nghị.',
        publishedAt: '2021-12-30T10:00:00+07:00',
      }).date,
    ).toBe('2022-01-05')
  })
})
