import { describe, expect, it } from 'vitest'

import { classifyPortalLine, isSigningBody } from './portalLines'

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

  it('should mark the site date header’s form, which dates the page only under its title', () => {
    expect(classifyPortalLine('Thứ 5, 23/05/2024, 06:13[GMT+7]')).toEqual({
      kind: 'publish',
      publishedAt: '2024-05-23T06:13:00+07:00',
      weekdayMatches: true,
      isSiteHeader: true,
    })
  })

  it('should take page furniture, a related article’s link and a list’s bullet for what they are', () => {
    expect(classifyPortalLine('Tin cùng chuyên mục')).toEqual({ kind: 'leftover' })
    expect(classifyPortalLine('>> Hội nghị đánh giá kết quả đại hội điểm')).toEqual({
      kind: 'leftover',
    })
    expect(classifyPortalLine('Quay lên trên')).toEqual({ kind: 'leftover' })
    expect(classifyPortalLine('• Lượt xem: 6522 lượt xem')).toEqual({ kind: 'views', views: 6522 })
    expect(classifyPortalLine('intNumViewTotal=447')).toEqual({ kind: 'views', views: 447 })
    expect(classifyPortalLine('Xem tin theo ngày')).toEqual({ kind: 'leftover' })
  })

  it('should take a comment counter for chrome, its count printed or left empty', () => {
    expect(classifyPortalLine('Bình luận (0)')).toEqual({ kind: 'leftover' })
    expect(classifyPortalLine('Ý kiến ()')).toEqual({ kind: 'leftover' })
    expect(classifyPortalLine('Ý kiến (trích)')).toBeUndefined()
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

describe('classifyPortalLine on other portals’ date lines', () => {
  it('should read dates with labels, categories, times and authors', () => {
    expect(classifyPortalLine('Cập nhật: 05/03/2021')).toMatchObject({
      kind: 'publish',
      publishedAt: '2021-03-05T00:00:00+07:00',
      isDayOnly: true,
    })
    expect(classifyPortalLine('Chính trị 12-04-2023')).toMatchObject({
      publishedAt: '2023-04-12T00:00:00+07:00',
    })
    expect(classifyPortalLine('14/09/2019 - 08:20')).toMatchObject({
      publishedAt: '2019-09-14T08:20:00+07:00',
    })
    expect(classifyPortalLine('Ngày đăng bài: 02/11/2020 | Tác giả: Thu Hà')).toMatchObject({
      publishedAt: '2020-11-02T00:00:00+07:00',
      author: 'Thu Hà',
    })
    expect(classifyPortalLine('Minh Đức - 14:20 28/09/2023 GMT+7')).toMatchObject({
      publishedAt: '2023-09-28T14:20:00+07:00',
      author: 'Minh Đức',
    })
    expect(classifyPortalLine('05/04/2023 16:39    78')).toMatchObject({ views: 78 })
    expect(classifyPortalLine('Thứ tư: 18:55 ngày 21/04/2021')).toMatchObject({
      publishedAt: '2021-04-21T18:55:00+07:00',
      weekdayMatches: true,
    })
  })

  it('should read views in more forms and take chrome for leftovers', () => {
    expect(classifyPortalLine('Lượt xem: 1234 lượt xem')).toEqual({ kind: 'views', views: 1234 })
    expect(classifyPortalLine('Số lần đọc:86')).toEqual({ kind: 'views', views: 86 })
    expect(classifyPortalLine('1.392')).toEqual({ kind: 'count', views: 1392 })
    for (const chrome of [
      'A A',
      'Chia sẻ',
      'In bài viết',
      '|',
      'Trang chủ > Tin tức > Chính trị',
    ]) {
      expect(classifyPortalLine(chrome)).toEqual({ kind: 'leftover' })
    }
    expect(classifyPortalLine('HOÀI AN |')).toEqual({ kind: 'author', author: 'HOÀI AN' })
  })

  it('should leave a sentence with a date in it alone', () => {
    expect(
      classifyPortalLine(
        'Thực hiện Kế hoạch số 04/KH-UBND ngày 05/01/2023 của UBND tỉnh về kiểm tra',
      ),
    ).toBeUndefined()
  })
})

describe('classifyPortalLine on a view count glued to the date’s label', () => {
  it('should read the views and the date past a template’s leaked flag', () => {
    expect(classifyPortalLine('False 3466Ngày cập nhật 29/08/2013')).toEqual({
      kind: 'publish',
      publishedAt: '2013-08-29T00:00:00+07:00',
      weekdayMatches: true,
      isDayOnly: true,
      views: 3466,
    })
    expect(classifyPortalLine('1280Ngày cập nhật 05/04/2023')).toMatchObject({ views: 1280 })
  })
})

describe('classifyPortalLine on the site’s own marks and counters', () => {
  it.each(['BTNO', 'TTXVN', '(VOV)', 'Đang truy cập: 25', 'Tổng lượt truy cập: 123.456'])(
    'should take "%s" for the page’s',
    (line) => {
      expect(classifyPortalLine(line)).toEqual({ kind: 'leftover' })
    },
  )

  it.each(['PV', 'CTV', 'Hội nghị'])('should leave "%s" to the article', (line) => {
    expect(classifyPortalLine(line)).toBeUndefined()
  })

  it('should read a time zone and a count’s unit as no field of their own', () => {
    expect(classifyPortalLine('14/09/2019 08:20 (GMT+07:00)')).toEqual({
      kind: 'publish',
      publishedAt: '2019-09-14T08:20:00+07:00',
      weekdayMatches: true,
    })
    expect(classifyPortalLine('Lượt xem: 1.234 lượt')).toEqual({ kind: 'views', views: 1234 })
  })
})

describe('isSigningBody', () => {
  it.each(['HĐND xã Thanh Điền', 'Văn phòng HĐND và UBND huyện', 'Ban Tuyên giáo Huyện ủy'])(
    'should accept an office’s name: %s',
    (line) => {
      expect(isSigningBody(line)).toBe(true)
    },
  )

  it.each([
    'Ban Tổ chức trao giải cho các đội thi xuất sắc',
    'Phòng Giáo dục huyện đã tổng kết năm học.',
    'Thu Hà',
  ])('should reject a sentence or a person: %s', (line) => {
    expect(isSigningBody(line)).toBe(false)
  })
})
