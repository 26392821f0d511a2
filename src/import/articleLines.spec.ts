import { describe, expect, it } from 'vitest'

import { assignLineRoles, splitLines } from './articleLines'

describe('splitLines', () => {
  it('should normalise every line and drop blank ones', () => {
    expect(splitLines('Tiêu đề hoá\r\n\r\n\u00a0 \n Sapo\u00a0 dài\rThân')).toEqual([
      'Tiêu đề hóa',
      'Sapo dài',
      'Thân',
    ])
  })
})

describe('assignLineRoles', () => {
  it('should take out portal lines wherever they stand', () => {
    const roles = assignLineRoles([
      'Thứ 5, 23/05/2024, 06:13[GMT+7]',
      'Tiêu đề',
      'Thứ 4, 30/12/2020 | 18:45:37',
      '8,093 lượt xem',
      'Sapo.',
      'Audio: a.mp3',
      'Đoạn một.',
      'Minh Hương',
      'Tin cùng chuyên mục',
      'Xem tin theo ngày',
    ])
    expect(roles).toEqual({
      title: 'Tiêu đề',
      lead: 'Sapo.',
      bodyLines: ['Đoạn một.'],
      byline: 'Minh Hương',
      leftovers: ['Thứ 5, 23/05/2024, 06:13[GMT+7]', 'Tin cùng chuyên mục', 'Xem tin theo ngày'],
      publish: { publishedAt: '2020-12-30T18:45:37+07:00', weekdayMatches: true },
      views: 8093,
      audio: ['a.mp3'],
    })
  })

  it('should not take the title or the lead for a byline', () => {
    expect(assignLineRoles(['Minh Hương', 'Triệu Biển'])).toEqual({
      title: 'Minh Hương',
      lead: 'Triệu Biển',
      bodyLines: [],
      leftovers: [],
      audio: [],
    })
  })

  it('should leave the title out when only portal lines are left', () => {
    expect(assignLineRoles(['Tin cùng chuyên mục']).title).toBeUndefined()
  })
})
