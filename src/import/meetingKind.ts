import type { MeetingKind } from './parsedArticle'

/**
 * The kind of meeting an article reports, from its title, else its lead, read against the table
 * below (lower case). The first kind that matches wins, in the table's order, so a council
 * session whose agenda holds "báo cáo kiểm điểm" stays a council session, a supervision of the
 * preparations for a congress is a supervision, and a "hội nghị mở rộng … kiểm điểm" an expanded
 * conference. With no kind, any meeting word ("hội nghị", "họp", "chủ trì", "lễ trao"…) makes it
 * `other` ("sẽ chủ trì" announces one, it reports none); without one the article reports no
 * meeting. Questions put to officials ("chất vấn", a "phiên giải trình") are asked in a council
 * or assembly session, and a standing committee's own meeting ("Thường trực HĐND huyện họp lệ kỳ")
 * is one too.
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
 * "kiểm điểm", the act, not a document on an agenda: "thông qua dự thảo Báo cáo kiểm điểm Ban
 * Chấp hành", "nghe báo cáo kiểm điểm công tác chỉ đạo" are no self-criticism review.
 */
const REVIEWS = '(?<!(?:báo cáo|đề cương|dự thảo) )kiểm điểm'
/** A conference whose title says it reviews ("… kiểm điểm", "… tổng kết") is that review. */
const REVIEW_AHEAD = `(?![^.;]*(?:${REVIEWS}|sơ kết|tổng kết))`
/**
 * "Hội nghị Tỉnh ủy lần thứ 15", "Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 15": a party
 * committee's plenum, unless it reviews.
 */
const COMMITTEE_PLENUM = `(?:hội nghị (?:lần thứ \\S+ )?(?:tỉnh|thành|huyện|thị|quận|đảng) ủy(?!\\p{L})|(?:ban chấp hành|bch)[^.;]{0,40}? họp hội nghị lần thứ)${REVIEW_AHEAD}`
/**
 * "Hội nghị lần thứ bảy Đoàn Chủ tịch …", "Hội nghị Ban Thường vụ …": a body's organ meets in
 * conference, unless it reviews.
 */
const ORGAN_CONFERENCE = `hội nghị (?:lần thứ \\S+ )?(?:đoàn chủ tịch|ban thường vụ|ban thường trực)(?!\\p{L})${REVIEW_AHEAD}`
/**
 * "Hội nghị lần thứ 12", "Hội nghị Ủy ban MTTQ tỉnh lần thứ 12": any body's numbered plenum,
 * unless it reviews.
 */
const NUMBERED_PLENUM = `hội nghị (?:(?:ban|ủy ban|đoàn|bch)(?!\\p{L})[^.;]{0,60}? )?lần thứ \\S+${REVIEW_AHEAD}`
/** How a conference is held, not what it is: "hội nghị trực tuyến sơ kết …" is a period review. */
const CONFERENCE_FORMATS = [
  'trực tuyến',
  'chuyên đề',
  'toàn quốc',
  'toàn tỉnh',
  'toàn huyện',
  'toàn ngành',
]
/** "kế hoạch tổ chức Đại hội", "chuẩn bị cho việc tổ chức Đại hội": a congress to come. */
const CONGRESS = new RegExp(
  `(?:^["“”'‘’(]*|^[^:.;]{1,60}: |(?:phiên trù bị|(?:khai|bế) mạc(?: trọng thể)?|(?<!(?:kế hoạch|chuẩn bị|việc|công tác) )(?:long trọng |trọng thể )?tổ chức(?: trọng thể| thành công)?|tiến hành|diễn ra|dự|tham dự) )đại hội${WORD_END}(?! (?:đảng bộ |đảng )?các cấp)`,
  'u',
)
/** What a congress does that a sentence reports of it. */
const CONGRESS_AT_WORK = [
  'khai mạc',
  'bế mạc',
  'diễn ra',
  'tiến hành',
  'bầu',
  'thông qua',
  'vinh dự',
  'làm việc',
]
/** "Thường trực HĐND huyện họp lệ kỳ", "… tổ chức họp": the standing committee's own session. */
const STANDING_COMMITTEE_MEETS =
  /thường trực (?:hđnd|hội đồng nhân dân)(?:(?!giám sát|kiểm tra|làm việc)[^.;]){0,60}?(?<!\p{L})họp(?!\p{L})/u

const INSPECTION_ACT = 'kiểm tra|giám sát'
/**
 * What makes "kiểm tra, giám sát" the name of a line of work, not a visit: the body that does it
 * ("Ủy ban Kiểm tra"), its quality or plan ("nâng cao chất lượng kiểm tra", "chương trình giám
 * sát"), an aim ("tăng cường giám sát"), a count of visits ("11 cuộc giám sát", "các cuộc giám
 * sát", a round-up), and the first word of the pair "kiểm tra, giám sát". "Công tác kiểm tra"
 * is a visit only when it names whom: "thực hiện công tác kiểm tra … đối với VKS cấp dưới".
 */
const WORK_BEFORE_INSPECTION = [
  'hiệu quả',
  'chất lượng',
  'nâng cao',
  'chương trình',
  'kế hoạch',
  'hoạt động',
  'nhiệm vụ',
  'chức năng',
  'quyền',
  'ban',
  'tăng cường',
  'đẩy mạnh',
  'chú trọng',
  'các cuộc',
  'nhiều cuộc',
  'những cuộc',
  '\\d+ cuộc',
  'kiểm tra,?',
  'kiểm tra và',
  'giám sát,?',
]
const INSPECTION = `(?<!(?:${WORK_BEFORE_INSPECTION.join('|')}) )(?<!công tác )(?:${INSPECTION_ACT})|(?<=công tác )(?:${INSPECTION_ACT})(?=[^.;:]* (?:đối với|tại) )`

/** "UBND tỉnh họp phiên tháng 5", "Phiên họp UBND tỉnh tháng 8": the government's monthly session. */
const MONTHLY_SESSION =
  /phiên (?:họp )?(?:(?:của )?(?:ubnd|ủy ban nhân dân|chính phủ)(?: [^.;\d]{0,30}?)? )?tháng \d/u
/**
 * "Ban Thường vụ Huyện ủy tiến hành kiểm tra …": the lead's first sentence says the body
 * inspects, though the title does not. A council or the Front also surveys ("Đoàn công tác HĐND
 * tỉnh khảo sát …"), a supervision of its own by law; anyone else's "khảo sát" may be a poll.
 */
const INSPECTS =
  /^[^.]{0,120}?(?<!\p{L})(?:tiến hành|tổ chức|đi|đến|về|có buổi|có chuyến|đợt) (?:kiểm tra|giám sát)(?!\p{L})|^[^.]{0,80}?(?:hđnd|hội đồng nhân dân|mttq|mặt trận tổ quốc)(?: [^\s.,;]+){0,6} (?:giám sát|khảo sát)(?!\p{L})/u

const KIND_RULES: KindRule[] = [
  {
    kind: 'councilSession',
    // A session is not what is done before, after or beside it ("tiếp xúc cử tri trước kỳ họp",
    // "ý kiến đại biểu bên lề kỳ họp").
    title: new RegExp(
      `(?:(?<!(?:trước|sau|bên lề) )k[ỳì] họp(?!\\p{L})[^.;]*(?:hđnd|hội đồng nhân dân|quốc hội))|(?:(?:hđnd|hội đồng nhân dân|quốc hội)[^.;]*(?<!(?:trước|sau|bên lề) )k[ỳì] họp(?!\\p{L}))|phiên (?:họp )?(?:[^.;]{0,40}? )?(?:thường kỳ|bất thường|thường lệ|định kỳ|chuyên đề)(?!\\p{L})|${MONTHLY_SESSION.source}|họp (?:lệ kỳ|thường kỳ|định kỳ)(?!\\p{L})|(?<!\\p{L})chất vấn(?!\\p{L})|phiên (?:họp )?giải trình|phiên họp (?:thứ \\S+ )?(?:của )?(?:ủy ban thường vụ quốc hội|thường trực (?:hđnd|hội đồng nhân dân))|${STANDING_COMMITTEE_MEETS.source}`,
      'u',
    ),
  },
  {
    kind: 'inspection',
    // An act of someone named before it, not the title's first word nor the work's name.
    // Or the title's first word when it says where: "Giám sát việc thực hiện … tại huyện X".
    title: new RegExp(
      `(?<=\\S )(?:${INSPECTION})(?!\\p{L})|^(?:${INSPECTION_ACT})(?= [^.;:]* tại )|(?<!\\p{L})thanh tra (?:tại|đối với|việc)(?!\\p{L})`,
      'u',
    ),
    // A delegation the lead says was set up ("Quyết định … thành lập Đoàn giám sát") is a
    // decision: it has not inspected yet.
    lead: new RegExp(
      `(?<!\\p{L})(?<!thành lập )đoàn (?:kiểm tra|giám sát)(?!\\p{L})|${INSPECTS.source}`,
      'u',
    ),
  },
  {
    kind: 'congress',
    title: CONGRESS,
    // Or the congress is the subject of the lead's first sentence (whose dates may hold dots), at
    // work: "Được tiến hành từ ngày 8 đến ngày 11.9.2010, với 350 đại biểu …, Đại hội vinh dự …".
    lead: new RegExp(
      `^[^.]{0,40}?(?:^|, )đại hội đại biểu|(?:long trọng|trọng thể) tổ chức đại hội|^[^.]{0,80}?(?<!(?:kế hoạch|chuẩn bị|việc|công tác|sẽ) )tổ chức (?:thành công )?đại hội(?!\\p{L})(?! (?:đảng bộ |đảng )?(?:các cấp|cơ sở|cấp cơ sở)(?!\\p{L}))|^(?:[^.]|(?<=\\d)\\.(?=\\d))*?(?:^|, )đại hội(?: [^.;,]{0,60}?)? (?:đã |chính thức )?(?:${CONGRESS_AT_WORK.join('|')})(?!\\p{L})`,
      'u',
    ),
  },
  {
    kind: 'expandedConference',
    title: new RegExp(
      `${ORGAN_CONFERENCE}|${NUMBERED_PLENUM}|(?:hội nghị|họp)${WORD_END}[^.;]{0,80}?(?<!\\p{L})mở rộng|hội nghị (?:lần thứ \\S+ )?(?:(?:${CONFERENCE_STEPS.join('|')})(?:,| và)? )*(?:${CONFERENCE_WORDS.join('|')})${WORD_END}|${COMMITTEE_PLENUM}|hội nghị (?:${CONFERENCE_FORMATS.join('|')})${WORD_END}(?! (?:sơ|tổng) kết)`,
      'u',
    ),
  },
  { kind: 'review', title: new RegExp(REVIEWS, 'u') },
  {
    kind: 'periodReview',
    title: /sơ kết|tổng kết|đánh giá[^.;]*chỉ tiêu|hội nghị đánh giá kết quả/u,
  },
  {
    kind: 'workingVisit',
    // Receiving a delegation is a working visit too ("tiếp Đoàn đại biểu …", "tiếp xã giao").
    title:
      /làm việc (?:với|tại)(?!\p{L})|buổi làm việc|đoàn công tác|thăm,? (?:và )?làm việc|(?<!\p{L})tiếp (?:xã giao|(?:các )?đoàn (?!viên|thể|kết))/u,
  },
]

/**
 * The events a meeting is named by. "họp", not "hợp" (phối hợp): the tone tells them apart, so
 * this is matched unfolded.
 */
const MEETING_EVENT =
  /hội nghị|cuộc họp|giao ban|(?<!\p{L})họp(?!\p{L})|hội thảo|tọa đàm|gặp mặt|tiếp xúc cử tri|tiếp công dân|đối thoại|gặp gỡ|(?<!\p{L})lễ (?:đón nhận|kỷ niệm|khai mạc|ra mắt|trao|công bố|phát động|khánh thành|khởi công|mít tinh|tuyên dương|ký kết|bàn giao|tiếp nhận|xuất quân|ra quân|giao nhận quân|bế mạc|khai giảng|khai trương|động thổ|gắn biển|tưởng niệm|dâng hương|kết nạp)|mít tinh/u
/** Someone chairing names a meeting, though not its kind. */
const CHAIRING = /(?<!sẽ )chủ trì/u

/**
 * Headlines that open with an aim name a subject, not an event ("Nâng cao chất lượng kiểm tra,
 * giám sát", "Tăng cường các cuộc giám sát chuyên đề", "Quyết tâm tổ chức thành công Đại hội"):
 * the lead says what meeting, if any, the article reports. A place may come first ("Xã A: …").
 */
const AIMS = [
  'nâng cao',
  'tăng cường',
  'đẩy mạnh',
  'đổi mới',
  'phát huy',
  'chú trọng',
  'quyết tâm',
  'hướng tới',
  'tiến tới',
  'chào mừng',
  'hiệu quả',
  'giải pháp',
  'bài học',
  'kinh nghiệm',
  'vai trò',
  'sôi nổi',
]
const AIM_HEADLINE = new RegExp(`^(?:[^:]{1,40}: )?(?:${AIMS.join('|')})(?!\\p{L})`, 'u')

/**
 * "Hỏi đáp về kỳ họp thứ nhất …", "Chủ tịch HĐND tỉnh trả lời phỏng vấn về kỳ họp …": questions
 * and answers, and interviews, report no meeting, whatever they name.
 */
const QUESTIONS_HEADLINE =
  /^(?:[^:]{1,40}: )?hỏi\s*[-–]?\s*đáp(?!\p{L})|(?<!\p{L})phỏng vấn(?!\p{L})/u

const specificKind = (text: string, isLead: boolean) =>
  KIND_RULES.find((rule) => (isLead ? (rule.lead ?? rule.title) : rule.title).test(text))?.kind

/** "Tại buổi làm việc, …": a working visit the body names when title and lead do not. */
const WORKING_SESSION = /(?<!\p{L})buổi làm việc(?!\p{L})/u
/** How many paragraphs after the lead may name the working visit. */
const BODY_LINES_READ = 3

/**
 * A working visit named only in the first paragraphs of the body, when title and lead name no
 * meeting of their own: at a "hội nghị giao ban" the body's "buổi làm việc" is that conference.
 */
export const isWorkingVisitInBody = ({
  title,
  lead,
  body,
}: {
  title: string
  lead: string
  body: string[]
}): boolean =>
  !MEETING_EVENT.test(title.toLowerCase()) &&
  !MEETING_EVENT.test(lead.toLowerCase()) &&
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
  if (
    QUESTIONS_HEADLINE.test(lowerTitle) ||
    SPORTS_EVENT.test(lowerTitle) ||
    SPORTS_EVENT.test(firstSentenceOf(lowerLead))
  ) {
    return undefined
  }
  const readTitle = AIM_HEADLINE.test(lowerTitle) ? '' : lowerTitle
  const namesMeeting = (text: string) => MEETING_EVENT.test(text) || CHAIRING.test(text)
  return (
    specificKind(readTitle, false) ??
    specificKind(lowerLead, true) ??
    (namesMeeting(readTitle) || namesMeeting(lowerLead) ? 'other' : undefined)
  )
}
