import type { SiteLanguage } from '@/sites/siteLanguages'

/**
 * What a generated article must say, and where: the phrases a relevance test searches for go
 * in the title, the lead or the body; the generator writes the rest as a provincial portal
 * would (the date and host in the lead, who attended, what was discussed, the conclusion).
 */
export type MeetingNewsSpec = {
  title: string
  /** The unit that held the meeting: "UBND huyện Ba Bể". */
  host: string
  /** The meeting day, YYYY-MM-DD: published that evening, Vietnam time. */
  day: string
  /** A sentence for the lead, after the date and host. */
  lead?: string
  /** A sentence in the body, among the ordinary ones. */
  body?: string
  language?: SiteLanguage
}

export type MeetingNews = {
  title: string
  lead: string
  paragraphs: string[]
  publishedAt: string
  language: SiteLanguage
}

/** Ordinary sentences of meeting news: none holds a phrase the relevance queries ask for. */
const ORDINARY = [
  'Tham dự có đại diện lãnh đạo các phòng, ban, ngành, đoàn thể và Ủy ban nhân dân các xã, thị trấn.',
  'Tại buổi làm việc, các đại biểu đã tập trung thảo luận, làm rõ những khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ.',
  'Phát biểu kết luận, đồng chí chủ trì ghi nhận, đánh giá cao những kết quả đạt được trong thời gian qua.',
  'Đồng chí yêu cầu các đơn vị tiếp tục quán triệt, triển khai thực hiện nghiêm túc các văn bản chỉ đạo của cấp trên.',
  'Các cơ quan chuyên môn được giao chủ trì, phối hợp tham mưu, hoàn thiện báo cáo trước ngày 30 hằng tháng.',
  'Năm qua, tình hình kinh tế - xã hội trên địa bàn tiếp tục ổn định, quốc phòng, an ninh được giữ vững.',
  'Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế cần sớm khắc phục.',
  'Hội đồng nhân dân đã ban hành Nghị quyết về nhiệm vụ trọng tâm của năm, làm cơ sở để các ngành triển khai.',
  'Dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc đã được biểu dương, khen thưởng.',
  'Số liệu được tổng hợp từ báo cáo của các xã và cơ quan chuyên môn cấp huyện.',
]

const ORDINARY_EN = [
  'Representatives of departments, agencies and local authorities attended.',
  'Delegates discussed difficulties and proposed solutions for the coming months.',
  'Concluding the session, the chair asked agencies to report progress by the end of the month.',
]

const PARTS_OF_DAY = ['Sáng', 'Chiều']

/** A meeting-news article from its spec; the same spec always gives the same text. */
export const meetingNews = (spec: MeetingNewsSpec, index: number): MeetingNews => {
  const language = spec.language ?? 'vi'
  const [year, month, date] = spec.day.split('-').map(Number)
  const ordinary = language === 'en' ? ORDINARY_EN : ORDINARY
  const sentence = (offset: number) => ordinary[(index * 3 + offset) % ordinary.length]
  const opening =
    language === 'en'
      ? `On ${spec.day}, ${spec.host} held a meeting.`
      : `${PARTS_OF_DAY[index % 2]} ngày ${date}/${month}/${year}, ${spec.host} tổ chức buổi làm việc.`
  return {
    title: spec.title,
    lead: [opening, spec.lead].filter(Boolean).join(' '),
    paragraphs: [
      `${sentence(0)} ${sentence(1)}`,
      [sentence(2), spec.body, sentence(3)].filter(Boolean).join(' '),
      sentence(4),
    ],
    // 18:00 in Vietnam: 11:00 UTC.
    publishedAt: `${spec.day}T11:00:00.000Z`,
    language,
  }
}
