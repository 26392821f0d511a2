import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11, pattern 1: the page's own lines around an article (date lines in every form, view
 * counts, font-size buttons, breadcrumbs, share and print links, the site's name) are metadata or
 * nothing: never the title, the lead or a caption. Made-up articles in the forms real portals use.
 */
const page = (...lines: string[]) => parseArticle(lines.join('\n'))
const paragraph = (text: string) => ({ kind: 'paragraph' as const, text })

describe('page chrome around the article', () => {
  it('should drop a breadcrumb, font buttons and share links and keep the date and views', () => {
    const lead =
      'Sáng 4/3, Ban Dân vận Huyện ủy Tri Tôn tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021.'
    const parsed = page(
      'Trang chủ > Tin tức > Chính trị',
      'Huyện ủy Tri Tôn tổng kết công tác dân vận năm 2020',
      'Cập nhật: 05/03/2021 08:15',
      'Lượt xem: 1.234',
      'A A A',
      lead,
      'Phát biểu tại hội nghị, đồng chí Trần Minh Khoa, Bí thư Huyện ủy ghi nhận kết quả đạt được.',
      'Chia sẻ',
      'In bài',
      'Ngọc Hân',
    )
    expect(parsed).toMatchObject({
      title: 'Huyện ủy Tri Tôn tổng kết công tác dân vận năm 2020',
      publishedAt: '2021-03-05T08:15:00+07:00',
      views: 1234,
      lead,
      byline: 'Ngọc Hân',
      meeting: { date: '2021-03-04', partOfDay: 'morning' },
    })
    expect(parsed.body).toEqual([
      paragraph(
        'Phát biểu tại hội nghị, đồng chí Trần Minh Khoa, Bí thư Huyện ủy ghi nhận kết quả đạt được.',
      ),
    ])
  })

  it('should take the site’s name in capitals and a section’s date line for the page’s', () => {
    const parsed = page(
      'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG',
      'Chính trị 12-04-2023',
      'UBND tỉnh họp phiên thường kỳ tháng 4',
      'Chiều 11/4, UBND tỉnh Sóc Trăng tổ chức phiên họp thường kỳ tháng 4 năm 2023 để cho ý kiến vào nhiều nội dung quan trọng.',
      'Các đại biểu thảo luận nhiều nội dung.',
      'Minh Thư',
    )
    expect(parsed).toMatchObject({
      title: 'UBND tỉnh họp phiên thường kỳ tháng 4',
      publishedAt: '2023-04-12T00:00:00+07:00',
      byline: 'Minh Thư',
      meeting: { date: '2023-04-11', partOfDay: 'afternoon' },
    })
    expect(parsed.leftovers).toContain('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG')
  })

  it('should read a bare "dd/mm/yyyy - hh:mm" line under the title', () => {
    const parsed = page(
      'Đảng ủy xã Tân Lập sơ kết 6 tháng đầu năm',
      '14/09/2019 - 08:20',
      'Ngày 12/9, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019.',
      'Hội nghị đã thảo luận và thống nhất các giải pháp.',
    )
    expect(parsed).toMatchObject({
      title: 'Đảng ủy xã Tân Lập sơ kết 6 tháng đầu năm',
      publishedAt: '2019-09-14T08:20:00+07:00',
      meeting: { date: '2019-09-12' },
    })
    expect(parsed.body).toEqual([paragraph('Hội nghị đã thảo luận và thống nhất các giải pháp.')])
  })

  it('should take the author from "Ngày đăng bài: … | Tác giả: …"', () => {
    const parsed = page(
      'HĐND huyện Giồng Trôm giám sát tại xã Bình Thành',
      'Ngày đăng bài: 02/11/2020 | Tác giả: Thu Hà',
      'Sáng ngày 30/10, Đoàn giám sát HĐND huyện Giồng Trôm do đồng chí Nguyễn Văn Tâm, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát tại UBND xã Bình Thành.',
      'Đoàn đánh giá cao kết quả đạt được của xã.',
    )
    expect(parsed).toMatchObject({
      publishedAt: '2020-11-02T00:00:00+07:00',
      byline: 'Thu Hà',
      meeting: { kind: 'inspection', date: '2020-10-30', partOfDay: 'morning' },
    })
  })

  it('should drop a labelled font-size control, "Bản in | Gửi email" and share buttons', () => {
    const parsed = page(
      'Tin tức - Sự kiện',
      'Thị ủy Bình Long quán triệt Nghị quyết Trung ương',
      '05/01/2018',
      'Số lượt xem: 567',
      'Cỡ chữ: A- A A+',
      'Bản in | Gửi email',
      'Ngày 4/1, Thị ủy Bình Long tổ chức hội nghị quán triệt, triển khai Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.',
      'Hội nghị được kết nối trực tuyến đến các điểm cầu cơ sở.',
      'Chia sẻ: Facebook Zalo',
      'Hoàng Long',
    )
    expect(parsed).toMatchObject({
      title: 'Thị ủy Bình Long quán triệt Nghị quyết Trung ương',
      publishedAt: '2018-01-05T00:00:00+07:00',
      views: 567,
      byline: 'Hoàng Long',
      meeting: { date: '2018-01-04' },
    })
    expect(parsed.body).toEqual([
      paragraph('Hội nghị được kết nối trực tuyến đến các điểm cầu cơ sở.'),
    ])
  })

  it('should read a weekday, a date and a time joined by a dash above the title', () => {
    const parsed = page(
      'Trang chủ / Tin tức / Hoạt động địa phương',
      'Thứ Sáu, 15/03/2024 - 09:30',
      'Phường Tân Định đối thoại với nhân dân về cải cách hành chính',
      'Lượt xem: 89',
      'Tối 14/3, UBND phường Tân Định tổ chức hội nghị đối thoại với nhân dân về công tác cải cách hành chính năm 2024.',
      'Quang cảnh hội nghị',
      'Bích Ngọc',
    )
    expect(parsed).toMatchObject({
      title: 'Phường Tân Định đối thoại với nhân dân về cải cách hành chính',
      publishedAt: '2024-03-15T09:30:00+07:00',
      views: 89,
      byline: 'Bích Ngọc',
      meeting: { date: '2024-03-14', partOfDay: 'evening' },
    })
    expect(parsed.body).toEqual([{ kind: 'caption', text: 'Quang cảnh hội nghị' }])
  })

  it('should read the time before the date and a header author on a line of its own', () => {
    const parsed = page(
      'Sở Nội vụ tổng kết công tác thi đua khen thưởng',
      'Đăng lúc: 09:30 - 15/03/2024',
      'Tác giả: Lê Hương',
      'Chiều 14/3, Sở Nội vụ tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.',
      'Các đại biểu dự hội nghị.',
    )
    expect(parsed).toMatchObject({
      publishedAt: '2024-03-15T09:30:00+07:00',
      byline: 'Lê Hương',
      meeting: { date: '2024-03-14', partOfDay: 'afternoon' },
    })
    expect(parsed.body).toEqual([{ kind: 'caption', text: 'Các đại biểu dự hội nghị.' }])
    // The title's verb ends the host's name.
    expect(parsed.meeting?.hostUnit).toBe('Sở Nội vụ')
  })

  it('should read a view count with spaces between thousands and drop print and back links', () => {
    const parsed = page(
      'Xem với cỡ chữ',
      'A- A+',
      'Huyện Vĩnh Thạnh tổng kết năm 2022',
      'Thứ hai, 09/01/2023 | 15:20',
      'Lượt xem: 1 234',
      'Sáng nay (9/1), UBND huyện Vĩnh Thạnh tổ chức hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.',
      'In trang',
      'Quay lại',
      'Thanh Phong',
    )
    expect(parsed).toMatchObject({
      title: 'Huyện Vĩnh Thạnh tổng kết năm 2022',
      publishedAt: '2023-01-09T15:20:00+07:00',
      views: 1234,
      byline: 'Thanh Phong',
      body: [],
      meeting: { date: '2023-01-09', partOfDay: 'morning' },
    })
  })

  it('should read "Lượt xem: 245 lượt xem" below the lead and a date with seconds', () => {
    const parsed = page(
      'Trang chủ » Tin tức sự kiện » Tin địa phương',
      'Ngày 07/06/2022 10:15:30',
      'Hội đồng nhân dân xã Phú Hòa tổ chức kỳ họp thứ tư',
      'Ngày 6/6/2022, HĐND xã Phú Hòa khóa XII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ tư để xem xét các báo cáo.',
      'Lượt xem: 245 lượt xem',
      'Nghe đọc bài',
      'Văn Tùng',
    )
    expect(parsed).toMatchObject({
      title: 'Hội đồng nhân dân xã Phú Hòa tổ chức kỳ họp thứ tư',
      publishedAt: '2022-06-07T10:15:30+07:00',
      views: 245,
      byline: 'Văn Tùng',
      body: [],
      meeting: { kind: 'councilSession', date: '2022-06-06' },
    })
  })

  it('should keep a heading that opens with a site’s words but goes on as a sentence', () => {
    const parsed = page(
      'Cổng thông tin điện tử huyện ra mắt giao diện mới',
      'Thứ hai, 09/01/2023 | 15:20',
      'Từ ngày 9/1, Cổng thông tin điện tử huyện Phú Tân chính thức vận hành giao diện mới, thân thiện hơn với người đọc.',
    )
    expect(parsed.title).toBe('Cổng thông tin điện tử huyện ra mắt giao diện mới')
  })

  it.each([
    ['12/04/2023 08:20:15 PM', '2023-04-12T20:20:15+07:00'],
    ['2023-04-12 08:20', '2023-04-12T08:20:00+07:00'],
    ['Thứ tư, ngày 12 tháng 4 năm 2023', '2023-04-12T00:00:00+07:00'],
    ['Cập nhật 8h20, 12/4/2023', '2023-04-12T08:20:00+07:00'],
    ['Ngày 12/04/2023 lúc 08:20', '2023-04-12T08:20:00+07:00'],
    ['CN, 16/04/2023 | 08:20', '2023-04-16T08:20:00+07:00'],
    ['12.04.2023 08:20', '2023-04-12T08:20:00+07:00'],
  ])('should read the publish line "%s"', (line, publishedAt) => {
    const parsed = page(
      'Huyện Châu Thành tổ chức hội nghị về chuyển đổi số',
      line,
      'Ngày 11/4, UBND huyện Châu Thành tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2023.',
    )
    expect(parsed.publishedAt).toBe(publishedAt)
    expect(parsed.lead).toBe(
      'Ngày 11/4, UBND huyện Châu Thành tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2023.',
    )
  })

  it('should read the author and the views from a row with no date, and drop the page’s rows', () => {
    const lead =
      'Ngày 11/4, UBND huyện Châu Thành tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2023.'
    const parsed = page(
      'Báo Bình Phước điện tử',
      'Huyện Châu Thành tổ chức hội nghị về chuyển đổi số',
      'Thứ Tư, 12/04/2023 | 08:20',
      'Tác giả: Thu Hà | Lượt xem: 20',
      'Facebook Twitter Zalo',
      lead,
      'Hội nghị đã thống nhất lộ trình cho từng xã, thị trấn.',
      'In | Email | Chia sẻ',
      'Gửi bạn bè',
      'Nguồn: baosoctrang.org.vn',
      '© 2023 Cổng thông tin điện tử huyện Châu Thành',
    )
    expect(parsed).toMatchObject({
      title: 'Huyện Châu Thành tổ chức hội nghị về chuyển đổi số',
      publishedAt: '2023-04-12T08:20:00+07:00',
      views: 20,
      byline: 'Thu Hà',
      lead,
    })
    expect(parsed.body).toEqual([
      paragraph('Hội nghị đã thống nhất lộ trình cho từng xã, thị trấn.'),
    ])
  })

  it.each(['Số lượt truy cập: 23', 'Lượt xem: 23 | In bài', 'Lượt đọc: 23'])(
    'should read the view count "%s"',
    (line) => {
      const parsed = page(
        'Huyện Châu Thành tổ chức hội nghị về chuyển đổi số',
        'Thứ Tư, 12/04/2023 | 08:20',
        line,
        'Ngày 11/4, UBND huyện Châu Thành tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2023.',
      )
      expect(parsed.views).toBe(23)
      expect(parsed.body).toEqual([])
    },
  )

  describe('between the title and the sapo', () => {
    const TITLE = 'Huyện Đức Linh sơ kết công tác 6 tháng đầu năm 2023'
    const LEAD =
      'Sáng 10/7, UBND huyện Đức Linh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.'
    const BODY = 'Hội nghị đã thống nhất nhiều giải pháp trọng tâm cho 6 tháng cuối năm.'

    it('should drop a section’s name printed between the title and its date', () => {
      const parsed = page(TITLE, 'Chính trị - Xã hội', '11/07/2023 09:00', LEAD, BODY)
      expect(parsed).toMatchObject({
        title: TITLE,
        publishedAt: '2023-07-11T09:00:00+07:00',
        lead: LEAD,
        body: [paragraph(BODY)],
      })
    })

    it('should take a related article’s title above the sapo for no caption', () => {
      const parsed = page(
        TITLE,
        'Thứ ba, 11/07/2023 | 09:12:40',
        'Tin liên quan',
        'Huyện Tánh Linh sơ kết 6 tháng đầu năm',
        LEAD,
        BODY,
      )
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD, body: [paragraph(BODY)] })
    })

    it('should drop the audio player’s clock and reading tools', () => {
      const parsed = page(
        TITLE,
        'Thứ ba, 11/07/2023 | 09:12:40',
        'Lượt xem: 12',
        'Nghe đọc bài',
        '00:00 / 03:25',
        'Chia sẻ',
        LEAD,
        BODY,
      )
      expect(parsed).toMatchObject({ views: 12, lead: LEAD, body: [paragraph(BODY)] })
    })

    it.each(['Baobinhphuoc.com.vn - ', '(Chinhphu.vn) - ', '(BTO) ', 'BTV - ', '[BTNO] - '])(
      'should drop the newspaper’s mark "%s" before the sapo',
      (mark) => {
        const parsed = page(TITLE, 'Thứ ba, 11/07/2023 | 09:12:40', `${mark}${LEAD}`, BODY)
        expect(parsed.lead).toBe(LEAD)
      },
    )

    it('should drop the newspaper’s mark with its bracket mistyped, "(NLĐO0- "', () => {
      const parsed = page('Thời sự Chính trị', TITLE, `(NLĐO0- ${LEAD}`, BODY)
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD, body: [paragraph(BODY)] })
    })

    it('should take a place’s name under the heading for no title', () => {
      const parsed = page('Tin địa phương', TITLE, 'Đức Linh', LEAD, BODY)
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD })
    })

    it('should take the sapo above the photo for the lead, not the marked paragraph below it', () => {
      const sapo =
        'Hội nghị là dịp nhìn lại những kết quả nổi bật của huyện trong nửa đầu năm, chỉ ra hạn chế và giải pháp.'
      const caption = 'Quang cảnh hội nghị. (Ảnh: Minh Tú/TTXVN)'
      const parsed = page('Chỉ đạo, Điều hành', TITLE, sapo, caption, `(TTXVN) ${LEAD}`, BODY)
      expect(parsed).toMatchObject({ title: TITLE, lead: sapo })
      expect(parsed.body).toEqual([
        { kind: 'caption', text: 'Quang cảnh hội nghị.', credit: 'Minh Tú/TTXVN' },
        paragraph(`(TTXVN) ${LEAD}`),
        paragraph(BODY),
      ])
    })
  })

  it.each([
    'Xã Phú An tổng kết công tác năm 2024 - Cổng thông tin điện tử huyện Tân Phú',
    'Xã Phú An tổng kết công tác năm 2024 | Báo Tuyên Quang',
  ])('should take the heading, not the page’s title after it with the site: %s', (pageTitle) => {
    const lead =
      'Sáng 20/12/2024, UBND xã Phú An tổ chức hội nghị tổng kết công tác năm 2024, đánh giá kết quả thực hiện nhiệm vụ.'
    const parsed = page('Xã Phú An tổng kết công tác năm 2024', pageTitle, lead, 'Minh Tâm')
    expect(parsed).toMatchObject({ title: 'Xã Phú An tổng kết công tác năm 2024', lead })
    expect(parsed.leftovers).toContain(pageTitle)
  })

  it.each(['Đại hội Đảng', 'Chính trị - Xã hội', 'Tin tức - Sự kiện'])(
    'should keep the section the article is filed under, between title and sapo, out of the captions: %s',
    (section) => {
      const lead =
        'Sáng 12/3/2025, Ban Chấp hành Đảng bộ huyện Tân Phú tổ chức Hội nghị lần thứ 12 thảo luận các văn kiện.'
      const parsed = page(
        'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12',
        section,
        lead,
        'Minh Tâm',
      )
      expect(parsed).toMatchObject({ lead, body: [], byline: 'Minh Tâm' })
      expect(parsed.leftovers).toContain(section)
    },
  )

  it('should keep the enlarge button printed with its bar above each photo out of the body', () => {
    const lead =
      'Sáng 9/5, UBND huyện Châu Thành tổ chức lễ khánh thành cầu Rạch Miễu 3 nối hai xã Phú An và Tân Lợi.'
    const parsed = page(
      'Khánh thành cầu Rạch Miễu 3',
      lead,
      'Phóng to |',
      'Lãnh đạo huyện cắt băng khánh thành cầu |',
      'Cây cầu dài 120 m, rộng 7 m, vốn đầu tư 25 tỷ đồng.',
      'Phóng to |',
      'Người dân đi qua cầu trong ngày khánh thành |',
    )
    expect(parsed.body.map((block) => block.text)).not.toContain('Phóng to |')
    expect(parsed.body).toContainEqual(
      paragraph('Cây cầu dài 120 m, rộng 7 m, vốn đầu tư 25 tỷ đồng.'),
    )
  })

  it('should keep the comment box, tags, footer and pager below the byline out of the body', () => {
    const lead =
      'Chiều 14/3, Sở Tư pháp tỉnh Cà Mau tổ chức hội nghị triển khai công tác phổ biến, giáo dục pháp luật năm 2024.'
    const parsed = page(
      'Sở Tư pháp triển khai công tác năm 2024',
      'Thứ sáu, 15/03/2024 - 09:30',
      lead,
      'Hội nghị đã thống nhất các chỉ tiêu năm 2024.',
      'Minh Khôi',
      'Tags: hội nghị, tư pháp',
      'Bình luận (0)',
      'Họ và tên',
      'Mã xác nhận',
      'Gửi',
      '[In trang]',
      'Xem thêm >>',
      'Bài trước',
      'Tổng số lượt xem: 1234',
      'Hotline: 0290 3 123 456',
      'Email: sotuphap@camau.gov.vn',
    )
    expect(parsed).toMatchObject({
      lead,
      views: 1234,
      byline: 'Minh Khôi',
      body: [paragraph('Hội nghị đã thống nhất các chỉ tiêu năm 2024.')],
    })
  })

  it('should keep the other articles, the sidebar and the site’s visitor counter out of the body', () => {
    const lead =
      'Chiều 14/3, Sở Tư pháp tỉnh Cà Mau tổ chức hội nghị triển khai công tác phổ biến, giáo dục pháp luật năm 2024.'
    const parsed = page(
      'Sở Tư pháp triển khai công tác năm 2024',
      'Thứ sáu, 15/03/2024 - 09:30',
      'Lượt xem: 56',
      lead,
      'Hội nghị đã thống nhất các chỉ tiêu năm 2024.',
      'Minh Khôi',
      'Bài viết cùng chuyên mục',
      'Sở Tư pháp tổng kết công tác năm 2023',
      'Sở Tư pháp sơ kết công tác 6 tháng đầu năm 2023',
      'Thăm dò ý kiến',
      'Tất cả chuyên mục',
      'Liên kết website',
      'Đang truy cập: 25',
      'Tổng lượt truy cập: 123.456',
    )
    expect(parsed).toMatchObject({
      lead,
      views: 56,
      byline: 'Minh Khôi',
      body: [paragraph('Hội nghị đã thống nhất các chỉ tiêu năm 2024.')],
    })
  })

  it.each([
    'Ngày đăng: 12/04/2023 - Người đăng: Thu Hà',
    'Đăng ngày 12/04/2023 bởi Thu Hà',
    'Tác giả Thu Hà - 12/04/2023',
    'Ngày 12/04/2023 | Tác giả: Thu Hà | Lượt xem: 33 | In bài',
  ])('should read the date and the author from "%s"', (line) => {
    const parsed = page(
      'Huyện Châu Thành tổ chức hội nghị về chuyển đổi số',
      line,
      'Ngày 11/4, UBND huyện Châu Thành tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2023.',
    )
    expect(parsed).toMatchObject({ publishedAt: '2023-04-12T00:00:00+07:00', byline: 'Thu Hà' })
  })

  it('should drop the site’s footer: its name, licence, managing office and phone', () => {
    const parsed = page(
      'Phụng Hiệp tổng kết năm học 2021 - 2022',
      'Thứ ba, 09/08/2022 | 10:00',
      'Phòng Giáo dục và Đào tạo huyện Phụng Hiệp vừa tổ chức hội nghị tổng kết năm học 2021 – 2022.',
      'Văn Minh',
      'Trang web Ủy ban Nhân dân Huyện Phụng Hiệp',
      'Số giấy phép theo quyết định số 1980/QĐ-UBND ngày 16/09/2010 của UBND tỉnh Hậu Giang',
      'Đơn vị quản lý: Văn phòng HĐND&UBND huyện - thị trấn Cây Dương - tỉnh Hậu Giang',
      'Điện thoại - Fax:02933961138, Email: ubnd.hph@haugiang.gov.vn',
    )
    expect(parsed).toMatchObject({ byline: 'Văn Minh', body: [] })
  })

  it.each([
    ['Lượt đọc: 11726Thời gian: 17:02 - 25/08/2022', '2022-08-25T17:02:00+07:00', 11726],
    ['Thứ tư - 11/01/2023 22:58 206 0', '2023-01-11T22:58:00+07:00', 206],
  ])('should read the date and the views from "%s"', (line, publishedAt, views) => {
    const parsed = page(
      'Xã Trường Đông tổng kết tình hình kinh tế - xã hội năm 2022',
      line,
      'Ngày 10/1, UBND xã Trường Đông tổ chức hội nghị tổng kết tình hình kinh tế - xã hội năm 2022.',
    )
    expect(parsed).toMatchObject({
      title: 'Xã Trường Đông tổng kết tình hình kinh tế - xã hội năm 2022',
      publishedAt,
      views,
    })
  })

  it.each([
    [['- 23/12/2025 20:46:00', '- Đã xem: 50'], '2025-12-23T20:46:00+07:00', 50],
    [['Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27'], '2013-12-05T15:42:27+07:00', 7370],
    [
      ['Thời gian cập nhật: 05/12/2013 15:42', '• Số lượt xem: 12'],
      '2013-12-05T15:42:00+07:00',
      12,
    ],
    [['14/09/2019 08:20 (GMT+07:00)', 'Lượt xem: 1.234 lượt'], '2019-09-14T08:20:00+07:00', 1234],
    [['08 giờ 20 phút, ngày 14/09/2019', '(Lượt xem: 45)'], '2019-09-14T08:20:00+07:00', 45],
    [
      ['Ngày đăng: 14/09/2019 | Người đăng: Quản trị', '56 lần xem'],
      '2019-09-14T00:00:00+07:00',
      56,
    ],
    [['Thứ Bảy, 14/09/2019', 'Đã xem: 1,234 lần - In bài'], '2019-09-14T00:00:00+07:00', 1234],
  ])('should read the date and the views from a list or row: %j', (lines, publishedAt, views) => {
    const title = 'Xã Long Hà công bố đơn vị bầu cử đại biểu HĐND xã'
    const lead =
      'Sáng 23/12, UBND xã Long Hà tổ chức hội nghị công bố đơn vị bầu cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031.'
    const parsed = page(title, ...lines, lead)
    expect(parsed).toMatchObject({ title, publishedAt, views, lead, body: [] })
  })

  it.each(['BTNO', 'TTXVN', '(VOV)'])(
    'should keep the site’s mark "%s" at the foot out of the body and the byline',
    (mark) => {
      const lead =
        'Ngày 22/11, Hội Nhà báo tỉnh tổ chức hội nghị tổng kết công tác năm 2021 theo hình thức trực tuyến.'
      const parsed = page('Hội Nhà báo tỉnh tổng kết công tác năm 2021', lead, mark)
      expect(parsed).toMatchObject({ lead, body: [] })
      expect(parsed.byline).toBeUndefined()
      expect(parsed.leftovers).toContain(mark)
    },
  )

  it('should drop an empty caption’s placeholder and the boxes of other articles', () => {
    const parsed = page(
      'Phiên họp trù bị Đại hội đại biểu Mặt trận Tổ quốc huyện lần thứ XII',
      'Chiều 18/9, Ủy ban MTTQ Việt Nam huyện tổ chức phiên họp trù bị Đại hội đại biểu lần thứ XII.',
      'Quang cảnh phiên họp trù bị. Ảnh: Ngọc Lan',
      'Chú thích ảnh',
      'Tin tiêu điểm',
      'Đừng bỏ lỡ',
    )
    expect(parsed.body).toEqual([
      { kind: 'caption', text: 'Quang cảnh phiên họp trù bị.', credit: 'Ngọc Lan' },
    ])
  })

  it('should keep the sapo printed twice once, as the lead, and no copy as a caption', () => {
    const lead = 'Sáng 1-3, Hội Liên hiệp Phụ nữ huyện Vạn Ninh tổ chức tọa đàm kỷ niệm ngày 8-3.'
    const body = 'Những năm qua, Hội Phụ nữ các cấp trên địa bàn huyện nỗ lực xây dựng tổ chức hội.'
    const parsed = page(
      '11:03, 01/03/2023',
      'Tọa đàm kỷ niệm ngày Quốc tế Phụ nữ',
      lead,
      lead,
      body,
    )
    expect(parsed).toMatchObject({
      title: 'Tọa đàm kỷ niệm ngày Quốc tế Phụ nữ',
      publishedAt: '2023-03-01T11:03:00+07:00',
      lead,
      body: [paragraph(body)],
    })
  })

  it('should drop a photo’s file name printed for its alt text and a blog’s comment form', () => {
    const lead = 'Sáng 8/3, Hội Liên hiệp Phụ nữ xã tổ chức gặp mặt kỷ niệm Ngày Quốc tế Phụ nữ.'
    const parsed = page(
      'Hội Liên hiệp Phụ nữ xã gặp mặt kỷ niệm Ngày Quốc tế Phụ nữ',
      '08032022 ton vinh 02',
      lead,
      'Trả lời',
      'Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *',
    )
    expect(parsed).toMatchObject({ lead, body: [] })
  })

  it('should take the heading, not a sentence introducing the photos ("…:"), for the title', () => {
    const title = 'Những hình ảnh đầu tiên của Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I'
    const parsed = page(
      title,
      'Dưới đây là những hình ảnh đầu tiên trước giờ khai mạc Đại hội:',
      'Các đồng chí lãnh đạo tỉnh và các đại biểu dự Đại hội chụp ảnh lưu niệm trước hội trường.',
    )
    expect(parsed.title).toBe(title)
  })

  it('should take a sapo reporting what a delegate said for the lead, not for a caption', () => {
    const lead =
      'Đại biểu Mai Thị Hoa cho rằng cần phòng ngừa việc lợi dụng lấy phiếu tín nhiệm để gây mất đoàn kết nội bộ.'
    const body = 'Theo đại biểu, việc lấy phiếu cần công khai, minh bạch và đúng quy định.'
    const parsed = page(
      'Tránh lợi dụng việc lấy phiếu tín nhiệm để gây chia rẽ',
      '09.06.2023 | 19:39 PM',
      lead,
      body,
    )
    expect(parsed).toMatchObject({
      publishedAt: '2023-06-09T19:39:00+07:00',
      lead,
      body: [paragraph(body)],
    })
  })

  describe('the title', () => {
    const TITLE = 'Huyện Phú Tân sơ kết công tác cải cách hành chính quý I'
    const LEAD =
      'Sáng 11/4, UBND huyện Phú Tân tổ chức hội nghị sơ kết công tác cải cách hành chính quý I năm 2023.'

    it.each([
      ['12 Tháng 4, 2023', '2023-04-12T00:00:00+07:00'],
      ['Thứ Tư, 12 Tháng 4, 2023 08:20', '2023-04-12T08:20:00+07:00'],
      ['Ngày 12 tháng 04 năm 2023', '2023-04-12T00:00:00+07:00'],
    ])('should read the date line "%s" under it', (line, publishedAt) => {
      const parsed = page('Tin tức - Sự kiện', TITLE, line, LEAD)
      expect(parsed).toMatchObject({ title: TITLE, publishedAt, lead: LEAD, body: [] })
    })

    it('should take a sapo opening with its words for the lead, not for it printed again', () => {
      const sapo = `${TITLE} đã đánh giá kết quả cải cách hành chính và đề ra nhiệm vụ quý II.`
      const parsed = page(TITLE, sapo, LEAD)
      expect(parsed).toMatchObject({ title: TITLE, lead: sapo, body: [paragraph(LEAD)] })
    })

    it.each([`${TITLE} (12/04/2023)`, TITLE])(
      'should take it printed again for the page’s: %s',
      (again) => {
        const parsed = page(TITLE, again, LEAD)
        expect(parsed).toMatchObject({ title: TITLE, lead: LEAD, body: [] })
      },
    )

    it('should join a heading broken over two lines, the second in lower case', () => {
      const parsed = page(
        'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ TÂN',
        'Huyện Phú Tân sơ kết công tác cải cách',
        'hành chính quý I năm 2023',
        '12/04/2023',
        LEAD,
      )
      expect(parsed).toMatchObject({
        title: 'Huyện Phú Tân sơ kết công tác cải cách hành chính quý I năm 2023',
        publishedAt: '2023-04-12T00:00:00+07:00',
        lead: LEAD,
      })
    })

    it('should take no line left in a table’s cell ("… |") between it and the sapo for it', () => {
      const parsed = page(
        TITLE,
        'Huyện Phú Tân tổng kết công tác cải cách hành chính năm 2022 | |',
        'Huyện Phú Tân ra mắt bộ phận một cửa hiện đại |',
        LEAD,
        'Quảng cáo',
      )
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD })
      expect(parsed.leftovers).toContain('Quảng cáo')
    })

    it.each([
      `Trang chủ > Tin tức - Sự kiện > Tin địa phương > ${TITLE}`,
      `Trang chủ » Tin tức » ${TITLE}`,
    ])('should take it from the end of a breadcrumb: %s', (breadcrumb) => {
      const parsed = page(breadcrumb, TITLE, '12/04/2023 08:20', LEAD)
      expect(parsed).toMatchObject({
        title: TITLE,
        publishedAt: '2023-04-12T08:20:00+07:00',
        lead: LEAD,
      })
      expect(parsed.leftovers.some((line) => line.startsWith('Trang chủ »'))).toBe(true)
    })

    it.each([
      ['Ngày 12/04/2023 | Tin tức - Sự kiện', undefined],
      ['Tin tức - Sự kiện | 12/04/2023', undefined],
      ['12/04/2023 | Tin địa phương | Lượt xem: 20', 20],
    ])('should read the section among the date row’s fields: %s', (line, views) => {
      const parsed = page(TITLE, line, LEAD)
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD, body: [] })
      expect(parsed.publishedAt).toBe('2023-04-12T00:00:00+07:00')
      expect(parsed.views).toBe(views)
    })

    it('should split a menu path glued to it, "Tin tức - Sự kiện" among the items', () => {
      const parsed = page(`Trang chủTin tức - Sự kiện${TITLE}`, '12/04/2023', LEAD)
      expect(parsed).toMatchObject({ title: TITLE, lead: LEAD })
      expect(parsed.leftovers).toContain('Trang chủ » Tin tức - Sự kiện')
    })
  })
})
