import { describe, expect, it } from 'vitest'

import { calendarRange, instantAt, mondayOf, slotOf } from './calendarGrid'

describe('calendarGrid', () => {
  it('should start a week on Monday', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30')
    expect(mondayOf('2026-11-30')).toBe('2026-11-30')
  })

  it('should cover a week from Monday 00:00 to the next Monday in Vietnam time', () => {
    const range = calendarRange('week', '2026-12-03')
    expect(range.days).toHaveLength(7)
    expect(range.from).toBe('2026-11-29T17:00:00.000Z')
    expect(range.to).toBe('2026-12-06T17:00:00.000Z')
  })

  it('should cover a month in whole weeks', () => {
    const range = calendarRange('month', '2026-12-15')
    expect(range.days[0]).toBe('2026-11-30')
    expect(range.days.at(-1)).toBe('2027-01-03')
    expect(range.days.length % 7).toBe(0)
  })

  it('should place an instant on its Vietnamese day and hour, and back', () => {
    expect(slotOf('2020-12-30T11:45:37.000Z')).toEqual({ day: '2020-12-30', hour: 18, minute: 45 })
    expect(slotOf('2020-12-30T17:30:00.000Z')).toEqual({ day: '2020-12-31', hour: 0, minute: 30 })
    expect(instantAt('2020-12-31', 0, 30)).toBe('2020-12-30T17:30:00.000Z')
  })
})
