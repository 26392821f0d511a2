import { describe, expect, it } from 'vitest'

import { portalDateTime } from './portalDateTime'

describe('portalDateTime', () => {
  it('should print the sample article time as the portal does', () => {
    expect(portalDateTime('2020-12-30T11:45:37.000Z')).toBe('Thứ 4, 30/12/2020 | 18:45:37')
  })

  it('should print an English article time with the English weekday', () => {
    expect(portalDateTime('2020-12-30T11:45:37.000Z', 'en')).toBe(
      'Wednesday, 30/12/2020 | 18:45:37',
    )
  })

  it('should name every weekday, Sunday as Chủ nhật', () => {
    const week = [
      '2024-05-19',
      '2024-05-20',
      '2024-05-21',
      '2024-05-22',
      '2024-05-23',
      '2024-05-24',
      '2024-05-25',
    ]
    expect(week.map((day) => portalDateTime(`${day}T09:00:00+07:00`).split(',')[0])).toEqual([
      'Chủ nhật',
      'Thứ 2',
      'Thứ 3',
      'Thứ 4',
      'Thứ 5',
      'Thứ 6',
      'Thứ 7',
    ])
  })

  it('should use the Vietnamese day for a late UTC evening', () => {
    expect(portalDateTime('2024-05-22T23:30:00Z')).toBe('Thứ 5, 23/05/2024 | 06:30:00')
  })
})
