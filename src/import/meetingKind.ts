import type { MeetingKind } from './parsedArticle'

/**
 * The kind of meeting an article reports, from its title, else its lead, read against the table
 * below (lower case). The first kind that matches wins, in the table's order, so a council
 * session whose agenda holds "báo cáo kiểm điểm" stays a council session, a supervision of the
 * preparations for a congress is a supervision, and a "hội nghị mở rộng … kiểm điểm" an expanded
 * conference. With no kind, any meeting word ("hội nghị", "họp", "chủ trì", "lễ trao"…) makes it
 * `other` ("sẽ chủ trì" announces one, it reports none); without one the article reports no
 * meeting. Questions put to officials ("chất vấn") are asked in a council or assembly session,
 * and a standing committee's own meeting ("Thường trực HĐND huyện họp lệ kỳ") is one too.
 */

type KindRule = { kind: Exclude<MeetingKind, 'other'>; title: RegExp; lead?: RegExp }

const WORD_END = '(?!\\p{L})'
/** What follows "hội nghị" in an expanded or working conference's name. */
const CONFERENCE_WORDS = [
  'mở rộng',
  'triển khai',
  'quán triệt',
  'cán bộ',
  'ban chấp hành',
  'chấp hành',
  'bch',
  'học tập',
  'báo cáo viên',
  'lấy ý kiến',
]
/** "Hội nghị nghiên cứu, học tập, quán triệt …": the steps listed before the conference's word. */
const CONFERENCE_STEPS = ['nghiên cứu', 'phổ biến', 'học tập', 'tuyên truyền']
/**
 * "Hội nghị Tỉnh ủy lần thứ 15", "Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 15": a party
 * committee's plenum, unless the title says it reviews.
 */
const COMMITTEE_PLENUM =
  /(?:hội nghị (?:lần thứ \S+ )?(?:tỉnh|thành|huyện|thị|quận|đảng) ủy(?!\p{L})|(?:ban chấp hành|bch)[^.;]{0,40}? họp hội nghị lần thứ)(?![^.;]*(?:kiểm điểm|sơ kết|tổng kết))/u
/** How a conference is held, not what it is: "hội nghị trực tuyến sơ kết …" is a period review. */
const CONFERENCE_FORMATS = [
  'trực tuyến',
  'chuyên đề',
  'toàn quốc',
  'toàn tỉnh',
  'toàn huyện',
  'toàn ngành',
]
/**
 * "Hội nghị lần thứ bảy Đoàn Chủ tịch …", "Hội nghị Ban Thường vụ …": a body's organ meets in
 * conference, unless the title says the conference reviews ("… kiểm điểm", "… tổng kết").
 */
const ORGAN_CONFERENCE =
  /hội nghị (?:lần thứ \S+ )?(?:đoàn chủ tịch|ban thường vụ|ban thường trực)(?!\p{L})(?![^.;]*(?:kiểm điểm|sơ kết|tổng kết))/u
/** "kế hoạch tổ chức Đại hội", "chuẩn bị cho việc tổ chức Đại hội": a congress to come. */
const CONGRESS = new RegExp(
  `(?:^["“”'‘’(]*|^[^:.;]{1,60}: |(?:phiên trù bị|(?:khai|bế) mạc(?: trọng thể)?|(?<!(?:kế hoạch|chuẩn bị|việc|công tác) )(?:long trọng |trọng thể )?tổ chức(?: trọng thể| thành công)?|tiến hành|diễn ra|dự|tham dự) )đại hội${WORD_END}(?! (?:đảng bộ |đảng )?các cấp)`,
  'u',
)
/** "Thường trực HĐND huyện họp lệ kỳ", "… tổ chức họp": the standing committee's own session. */
const STANDING_COMMITTEE_MEETS =
  /thường trực (?:hđnd|hội đồng nhân dân)(?:(?!giám sát|kiểm tra|làm việc)[^.;]){0,60}?(?<!\p{L})họp(?!\p{L})/u

/** "UBND tỉnh họp phiên tháng 5", "Phiên họp UBND tỉnh tháng 8": the government's monthly session. */
const MONTHLY_SESSION =
  /phiên (?:họp )?(?:(?:của )?(?:ubnd|ủy ban nhân dân|chính phủ)(?: [^.;\d]{0,30}?)? )?tháng \d/u
/**
 * "Ban Thường vụ Huyện ủy tiến hành kiểm tra …": the lead's first sentence says the body
 * inspects, though the title does not.
 */
const INSPECTS =
  /^[^.]{0,120}?(?<!\p{L})(?:tiến hành|tổ chức|đi|đến|về|có buổi|có chuyến|đợt) (?:kiểm tra|giám sát)(?!\p{L})|^[^.]{0,80}?(?:hđnd|hội đồng nhân dân|mttq|mặt trận tổ quốc)(?: [^\s.,;]+){0,6} giám sát(?!\p{L})/u

const KIND_RULES: KindRule[] = [
  {
    kind: 'councilSession',
    // A session is not what is done before or after it ("tiếp xúc cử tri trước kỳ họp").
    title: new RegExp(
      `(?:(?<!(?:trước|sau) )k[ỳì] họp(?!\\p{L})[^.;]*(?:hđnd|hội đồng nhân dân|quốc hội))|(?:(?:hđnd|hội đồng nhân dân|quốc hội)[^.;]*(?<!(?:trước|sau) )k[ỳì] họp(?!\\p{L}))|phiên (?:họp )?(?:[^.;]{0,40}? )?(?:thường kỳ|bất thường|thường lệ|định kỳ|chuyên đề)(?!\\p{L})|${MONTHLY_SESSION.source}|họp (?:lệ kỳ|thường kỳ|định kỳ)(?!\\p{L})|(?<!\\p{L})chất vấn(?!\\p{L})|phiên họp (?:thứ \\S+ )?(?:của )?(?:ủy ban thường vụ quốc hội|thường trực (?:hđnd|hội đồng nhân dân))|${STANDING_COMMITTEE_MEETS.source}`,
      'u',
    ),
  },
  {
    kind: 'inspection',
    // An act of someone named before it, not the title's first word nor a quality of it.
    // Or the title's first word when it says where: "Giám sát việc thực hiện … tại huyện X".
    title:
      /(?<=\S )(?<!(?:hiệu quả|chất lượng|nâng cao|chương trình|kế hoạch) )(?:kiểm tra|giám sát)(?!\p{L})|^(?:kiểm tra|giám sát)(?= [^.;:]* tại )|(?<!\p{L})thanh tra (?:tại|đối với|việc)(?!\p{L})/u,
    lead: new RegExp(`(?<!\\p{L})đoàn (?:kiểm tra|giám sát)(?!\\p{L})|${INSPECTS.source}`, 'u'),
  },
  {
    kind: 'congress',
    title: CONGRESS,
    lead: /^[^.]{0,40}?(?:^|, )đại hội đại biểu|(?:long trọng|trọng thể) tổ chức đại hội|^[^.]{0,80}?(?<!(?:kế hoạch|chuẩn bị|việc|công tác|sẽ) )tổ chức (?:thành công )?đại hội(?!\p{L})(?! (?:đảng bộ |đảng )?(?:các cấp|cơ sở|cấp cơ sở)(?!\p{L}))/u,
  },
  {
    kind: 'expandedConference',
    title: new RegExp(
      `${ORGAN_CONFERENCE.source}|(?:hội nghị|họp)${WORD_END}[^.;]{0,80}?(?<!\\p{L})mở rộng|hội nghị (?:lần thứ \\S+ )?(?:(?:${CONFERENCE_STEPS.join('|')})(?:,| và)? )*(?:${CONFERENCE_WORDS.join('|')})${WORD_END}|${COMMITTEE_PLENUM.source}|hội nghị (?:${CONFERENCE_FORMATS.join('|')})${WORD_END}(?! (?:sơ|tổng) kết)`,
      'u',
    ),
  },
  { kind: 'review', title: /kiểm điểm/u },
  {
    kind: 'periodReview',
    title: /sơ kết|tổng kết|đánh giá[^.;]*chỉ tiêu|hội nghị đánh giá kết quả/u,
  },
  {
    kind: 'workingVisit',
    title: /làm việc (?:với|tại)(?!\p{L})|buổi làm việc|đoàn công tác|thăm,? (?:và )?làm việc/u,
  },
]

/** "họp", not "hợp" (phối hợp): the tone tells them apart, so this is matched unfolded. */
const MEETING_WORD =
  /hội nghị|cuộc họp|giao ban|(?<!\p{L})họp(?!\p{L})|(?<!sẽ )chủ trì|hội thảo|tọa đàm|gặp mặt|tiếp xúc cử tri|đối thoại|(?<!\p{L})lễ (?:đón nhận|kỷ niệm|khai mạc|ra mắt|trao|công bố|phát động|khánh thành|khởi công|mít tinh|tuyên dương|ký kết|bàn giao|tiếp nhận|xuất quân|bế mạc|khai giảng|gắn biển)|mít tinh/u

const specificKind = (text: string, isLead: boolean) =>
  KIND_RULES.find((rule) => (isLead ? (rule.lead ?? rule.title) : rule.title).test(text))?.kind

/** "Tại buổi làm việc, …": a working visit the body names when title and lead do not. */
const WORKING_SESSION = /(?<!\p{L})buổi làm việc(?!\p{L})/u
/** How many paragraphs after the lead may name the working visit. */
const BODY_LINES_READ = 3

/** A working visit named only in the first paragraphs of the body. */
export const isWorkingVisitInBody = (body: string[]): boolean =>
  body.slice(0, BODY_LINES_READ).some((line) => WORKING_SESSION.test(line.toLowerCase()))

/**
 * "Khai mạc Giải Đá cầu", "Đại hội Thể dục Thể thao", "Hội thao": a sports event is no meeting
 * (the corpus README's rule), though it opens with a ceremony and is called a congress.
 */
const SPORTS_EVENT =
  /(?<!\p{L})(?:đại hội (?:thể dục thể thao|tdtt)|hội thao|hội khỏe phù đổng|(?:khai mạc|bế mạc|kết thúc) giải(?! thưởng)(?!\p{L})|giải (?:bóng|cờ|cầu lông|đá cầu|quần vợt|bơi|điền kinh|việt dã|võ|chạy|thể thao|bắn)|thi đấu)/u
const firstSentenceOf = (text: string) => text.split(/(?<=[.!?])\s+/u)[0] ?? ''

/** The meeting's kind, or undefined when title and lead name no meeting. */
export const meetingKindOf = (title: string, lead: string): MeetingKind | undefined => {
  const [lowerTitle, lowerLead] = [title.toLowerCase(), lead.toLowerCase()]
  if (SPORTS_EVENT.test(lowerTitle) || SPORTS_EVENT.test(firstSentenceOf(lowerLead))) {
    return undefined
  }
  return (
    specificKind(lowerTitle, false) ??
    specificKind(lowerLead, true) ??
    (MEETING_WORD.test(lowerTitle) || MEETING_WORD.test(lowerLead) ? 'other' : undefined)
  )
}
