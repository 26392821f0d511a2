import { describe, expect, it } from 'vitest'

import { parseArticle } from '../parseArticle'

/**
 * Issue 11, pattern 6: meetings of every kind, and articles that report none, as whole made-up
 * pages in the forms of real ones. The title decides first, the lead second, the body last.
 */
const page = (title: string, lead: string, ...body: string[]) =>
  parseArticle([title, 'Cập nhật: 06/06/2023 08:10', lead, ...body].join('\n'))

describe('meeting kinds on whole pages', () => {
  it.each([
    [
      'congress',
      'Đại hội đại biểu Hội Nông dân huyện Mỹ Lộc lần thứ XII, nhiệm kỳ 2023 - 2028',
      'Sáng 5/6, Đại hội đại biểu Hội Nông dân huyện Mỹ Lộc lần thứ XII diễn ra phiên chính thức.',
    ],
    [
      'councilSession',
      'HĐND xã Tân Lập tổ chức kỳ họp thứ 7, khóa XXI',
      'Sáng 5/6, HĐND xã Tân Lập khóa XXI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 7.',
    ],
    [
      'councilSession',
      'UBND huyện họp phiên thường kỳ tháng 5',
      'Ngày 5/6, UBND huyện họp phiên thường kỳ, nghe dự thảo báo cáo kiểm điểm công tác chỉ đạo, điều hành.',
    ],
    [
      'inspection',
      'Khảo sát tình hình tổ chức và hoạt động của HĐND cấp xã',
      'Sáng 5/6, Ban Pháp chế HĐND huyện khảo sát tình hình tổ chức và hoạt động của HĐND xã Tân Lập.',
    ],
    [
      'inspection',
      'Thường trực HĐND huyện giám sát việc thực hiện chính sách BHYT tại xã Tân Lập',
      'Sáng 5/6, Đoàn giám sát của Thường trực HĐND huyện làm việc với UBND xã Tân Lập.',
    ],
    [
      'expandedConference',
      'Ủy ban MTTQ huyện tổ chức Hội nghị lần thứ 12',
      'Ngày 5/6, Ủy ban MTTQ huyện tổ chức Hội nghị lần thứ 12 cho ý kiến vào dự thảo Báo cáo kiểm điểm nhiệm kỳ.',
    ],
    [
      'review',
      'Ban Thường vụ Huyện ủy kiểm điểm tự phê bình và phê bình năm 2022',
      'Chiều 5/6, Ban Thường vụ Huyện ủy tổ chức hội nghị kiểm điểm tập thể và cá nhân.',
    ],
  ])('should read a %s', (kind, title, lead) => {
    expect(page(title, lead, 'Hội nghị đã thống nhất các nội dung.').meeting).toMatchObject({
      kind,
      date: '2023-06-05',
    })
  })

  it('should read a working visit the body alone names', () => {
    const parsed = page(
      'Bí thư Huyện ủy về thăm xã Tân Lập',
      'Sáng 5/6, đồng chí Bí thư Huyện ủy đã về thăm xã Tân Lập.',
      'Tại buổi làm việc, lãnh đạo xã báo cáo tình hình 6 tháng đầu năm.',
    )
    expect(parsed.meeting).toMatchObject({ kind: 'workingVisit', date: '2023-06-05' })
  })

  it.each([
    [
      'a feature on the line of work',
      'Nâng cao chất lượng công tác kiểm tra, giám sát ở Đảng bộ xã Tân Lập',
      'Thời gian qua, Ủy ban Kiểm tra Đảng ủy xã đã đổi mới cách kiểm tra, giám sát.',
    ],
    [
      'a count of supervisions',
      'HĐND huyện tổ chức 9 cuộc giám sát, khảo sát',
      'Từ đầu năm, Thường trực, các Ban HĐND huyện đã thực hiện 9 cuộc giám sát chuyên đề.',
    ],
    [
      'a decision setting up a delegation',
      'Giám sát việc thực hiện các dự án đầu tư trên địa bàn huyện',
      'Ngày 2/6/2023, Ban Kinh tế - Ngân sách HĐND tỉnh ban hành Quyết định thành lập Đoàn giám sát.',
    ],
    [
      'questions and answers',
      'Hỏi đáp về kỳ họp thứ nhất HĐND các cấp',
      'Kỳ họp thứ nhất của HĐND khóa mới do ai triệu tập và chủ trì?',
    ],
    [
      'a progress report',
      'Đại hội chi, đảng bộ cơ sở: có nhiều đổi mới',
      'Đến thời điểm này, huyện đã cơ bản hoàn thành đại hội chi, đảng bộ cơ sở.',
    ],
  ])('should read no meeting in %s', (_, title, lead) => {
    expect(page(title, lead, 'Nhiều kết quả đã đạt được.').meeting).toBeUndefined()
  })
})

describe('a survey that is no council’s', () => {
  it('should not read a poll ("khảo sát ý kiến") as an inspection', () => {
    const parsed = page(
      'Trường THPT Tân Lập khảo sát ý kiến phụ huynh',
      'Sáng 5/6, Trường THPT Tân Lập tổ chức khảo sát ý kiến phụ huynh về chất lượng dạy học.',
    )
    expect(parsed.meeting?.kind).not.toBe('inspection')
  })
})
