import { describe, expect, it } from 'vitest'

import { meetingDisplayTitle, meetingWhen } from './meetingWhen'

describe('meetingWhen', () => {
  it('should print the day and the part of day when the hour is unknown (midnight in Vietnam)', () => {
    expect(meetingWhen('2022-06-23T17:00:00.000Z', 'morning')).toBe('24/06/2022 (Sáng)')
  })

  it('should print the hour in Vietnam time when it is known', () => {
    expect(meetingWhen('2022-06-24T01:30:00.000Z', 'morning')).toBe('24/06/2022 08:30 (Sáng)')
  })

  it('should print the part of day alone when there is no date', () => {
    expect(meetingWhen(null, 'evening')).toBe('Tối')
  })
})

describe('meetingDisplayTitle', () => {
  it('should put the day and part of day before the title', () => {
    expect(
      meetingDisplayTitle({
        title: 'Hội nghị kiểm điểm',
        startsAt: '2020-12-29T17:00:00.000Z',
        partOfDay: 'afternoon',
      }),
    ).toBe('30/12/2020 (Chiều) – Hội nghị kiểm điểm')
  })

  it('should be the title alone for a meeting without a date', () => {
    expect(meetingDisplayTitle({ title: 'Làm việc với xã' })).toBe('Làm việc với xã')
  })
})
