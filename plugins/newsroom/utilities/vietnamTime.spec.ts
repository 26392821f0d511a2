import { describe, expect, it } from 'vitest'

import {
  currentVietnamMonth,
  formatVietnamTime,
  isCalendarDay,
  vietnamDayEnd,
  vietnamDayStart,
  vietnamMonth,
} from './vietnamTime'

describe('the plugin clock', () => {
  it('should take a Vietnamese day as [00:00+07:00, next 00:00+07:00)', () => {
    expect([vietnamDayStart('2020-12-01'), vietnamDayEnd('2020-12-31')]).toEqual([
      '2020-11-30T17:00:00.000Z',
      '2020-12-31T17:00:00.000Z',
    ])
  })

  it('should accept only real calendar days', () => {
    expect(['2022-02-28', '2022-02-30', '2022-2-1', 20220228].map(isCalendarDay)).toEqual([
      true,
      false,
      false,
      false,
    ])
  })

  it('should give the month and the time as read on a clock in Vietnam', () => {
    expect(vietnamMonth('2020-12-31T17:30:00.000Z')).toBe('2021-01')
    expect(formatVietnamTime('2020-12-30T11:45:37.000Z')).toBe('30/12/2020 18:45')
    expect(formatVietnamTime('not a time')).toBe('')
  })

  it('should give this month in Vietnam, even when it is still last month in UTC', () => {
    expect(currentVietnamMonth(new Date('2024-02-29T18:00:00.000Z'))).toEqual({
      from: '2024-03-01',
      to: '2024-03-31',
    })
  })
})
