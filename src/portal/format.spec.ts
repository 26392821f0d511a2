import { describe, expect, it } from 'vitest'

import { formatViews, headerDateLine, meetingWhen, vietnamIso } from './format'

describe('portal formats', () => {
  it('should print views with comma thousands, as the sample article', () => {
    expect(formatViews(8093)).toBe('8,093')
    expect(formatViews(null)).toBe('0')
  })

  it('should print an instant with the +07:00 offset of Vietnam', () => {
    expect(vietnamIso('2020-12-30T11:45:37.000Z')).toBe('2020-12-30T18:45:37+07:00')
  })

  it('should print the header date line in Vietnam time', () => {
    expect(headerDateLine(new Date('2024-05-22T23:13:00Z'))).toBe(
      'Thứ 5, 23/05/2024, 06:13 [GMT+7]',
    )
  })

  it('should name a meeting time with its part of the day', () => {
    expect(meetingWhen('2022-06-24T01:30:00Z', 'morning')).toBe('Sáng 24/06/2022 lúc 08:30')
    expect(meetingWhen('2022-06-23T17:00:00Z', 'morning')).toBe('Sáng 24/06/2022')
  })

  it('should print the date line and a meeting time in English for the English section', () => {
    expect([
      headerDateLine(new Date('2024-05-22T23:13:00Z'), 'en'),
      meetingWhen('2022-06-24T01:30:00Z', 'morning', 'en'),
      meetingWhen(null, null, 'en'),
    ]).toEqual([
      'Thursday, 23/05/2024, 06:13 [GMT+7]',
      'Morning of 24/06/2022 at 08:30',
      'Time not known',
    ])
  })
})
