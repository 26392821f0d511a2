import { describe, expect, it } from 'vitest'

import { isCalendarDay, partOfDayAt, vietnamDay, vietnamDayRange, vietnamHour } from './vietnamTime'

describe('vietnamDay', () => {
  it('should move an instant after 17:00 UTC to the next Vietnamese day', () => {
    expect(vietnamDay('2020-12-30T16:59:59Z')).toBe('2020-12-30')
    expect(vietnamDay('2020-12-30T17:00:00Z')).toBe('2020-12-31')
  })

  it('should keep midnight in Vietnam on its own day', () => {
    expect(vietnamDay('2022-06-24T00:00:00+07:00')).toBe('2022-06-24')
  })
})

describe('vietnamHour and partOfDayAt', () => {
  it('should read the hour on a Vietnamese clock', () => {
    expect(vietnamHour('2020-12-30T11:45:37Z')).toBe(18)
  })

  it('should name the part of day as reports do', () => {
    expect(partOfDayAt('2022-06-24T08:00:00+07:00')).toBe('morning')
    expect(partOfDayAt('2020-12-30T14:00:00+07:00')).toBe('afternoon')
    expect(partOfDayAt('2020-12-30T19:30:00+07:00')).toBe('evening')
  })
})

describe('isCalendarDay', () => {
  it('should accept a real day and refuse impossible or badly written ones', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2022-02-30')).toBe(false)
    expect(isCalendarDay('24/6/2022')).toBe(false)
  })

  it('should refuse a month or day that makes no date, without throwing', () => {
    for (const value of ['2022-13-01', '2022-00-10', '2022-01-00', '2022-99-99', '9999-12-32']) {
      expect([value, isCalendarDay(value)]).toEqual([value, false])
    }
  })
})

describe('vietnamDayRange', () => {
  it('should start a Vietnamese day at 17:00 UTC the day before and end 24 hours later', () => {
    expect(vietnamDayRange('2020-12-31')).toEqual({
      start: '2020-12-30T17:00:00.000Z',
      end: '2020-12-31T17:00:00.000Z',
    })
  })
})
