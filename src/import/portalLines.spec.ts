import { describe, expect, it } from 'vitest'

import { classifyPortalLine } from './portalLines'

describe('classifyPortalLine', () => {
  it('should read the publish line in Vietnam time', () => {
    expect(classifyPortalLine('Thứ 4, 30/12/2020 | 18:45:37')).toEqual({
      kind: 'publish',
      publishedAt: '2020-12-30T18:45:37+07:00',
      weekdayMatches: true,
    })
    expect(classifyPortalLine('Chủ nhật, 3/1/2021 | 7:05')).toEqual({
      kind: 'publish',
      publishedAt: '2021-01-03T07:05:00+07:00',
      weekdayMatches: true,
    })
  })

  it('should say when the printed weekday or date is wrong', () => {
    expect(classifyPortalLine('Thứ 2, 30/12/2020 | 18:45:37')).toMatchObject({
      weekdayMatches: false,
    })
    expect(classifyPortalLine('Thứ 2, 31/02/2020 | 18:45:37')).toEqual({
      kind: 'publish',
      weekdayMatches: false,
    })
  })

  it('should take the site date header and page furniture for leftovers', () => {
    expect(classifyPortalLine('Thứ 5, 23/05/2024, 06:13[GMT+7]')).toEqual({ kind: 'leftover' })
    expect(classifyPortalLine('Tin cùng chuyên mục')).toEqual({ kind: 'leftover' })
    expect(classifyPortalLine('Xem tin theo ngày')).toEqual({ kind: 'leftover' })
  })

  it('should read views and audio files', () => {
    expect(classifyPortalLine('8,093 lượt xem')).toEqual({ kind: 'views', views: 8093 })
    expect(classifyPortalLine('Lượt xem: 1.204')).toEqual({ kind: 'views', views: 1204 })
    expect(classifyPortalLine('Audio: 31122020_Kiem_diem_tap_the_ca_nhan_mixdown.mp3')).toEqual({
      kind: 'audio',
      file: '31122020_Kiem_diem_tap_the_ca_nhan_mixdown.mp3',
    })
  })

  it('should leave the article’s own lines alone', () => {
    expect(classifyPortalLine('Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh')).toBeUndefined()
    expect(
      classifyPortalLine('Sáng ngày 24/6/2022, Lãnh đạo UBND thành phố tổ chức'),
    ).toBeUndefined()
  })
})
