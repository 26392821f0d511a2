import type { UnitMention } from './parseUnits'

/**
 * Which of the units an article names take part in its meeting, read from the roles Vietnamese
 * meeting reports give them (the corpus README's rule: the host, the bodies inspected, supervised
 * or visited, the visitors, the bodies named as attending):
 * - the opening sentences (the title and the lead's first sentence) say who holds the meeting
 *   and with whom: every unit they name takes part;
 * - a later sentence names participants only in a role: "Tham dự … có", "dự hội nghị", "chủ trì",
 *   "phối hợp", "cùng với", "đại diện", "giám sát tại", "làm việc với", "tại 09 đơn vị …", "Tại
 *   cuộc họp, phòng X thông qua…";
 *   elsewhere (the discussion, the results, who chose what) a unit is only mentioned;
 * - a document's author is never a participant: "Quyết định số 1738-QĐ/TU … của Ban Thường vụ
 *   Thành ủy", "Thực hiện Kế hoạch … của Tỉnh ủy".
 * Captions are left out: they repeat the text's units or name a place.
 */

/** The words that give a sentence's units a part in the meeting. */
const ROLE_CUE = new RegExp(
  [
    // Not "thảo luận về dự án của …", "ý kiến về dự thảo …": what is discussed.
    String.raw`(?:tham dự|đến dự|về dự(?! (?:án|thảo|toán|kiến|báo)(?!\p{L}))|tới dự|dự và|(?<!\p{L})dự (?:hội nghị|họp|buổi|kỳ họp|phiên|lễ|đại hội|cuộc))`,
    // "Dự có …", "Cùng dự có …", "Có mặt tại hội nghị có …": who attends, the meeting unnamed.
    String.raw`(?<!\p{L})dự có(?!\p{L})|(?<!\p{L})có mặt (?:tại|tham dự|trong)(?!\p{L})`,
    // Taking part in the meeting, not "tham gia ý kiến", "tham gia bầu cử", "tham gia xây dựng …".
    String.raw`(?:có sự tham gia|tham gia(?= (?:hội nghị|buổi|đoàn|cuộc|kỳ họp|phiên|lễ|đại hội|chương trình|cùng|với|có|gồm)(?!\p{L})|\s*(?:[:,;.]|$))|(?:sự )?(?:góp mặt|hiện diện))`,
    String.raw`thành phần(?: tham dự| tham gia)?(?: gồm| có)`,
    String.raw`(?:đồng )?chủ trì|chủ tọa|điều hành`,
    // Not "chương trình phối hợp", "quy chế phối hợp": the noun names a plan or a rule.
    String.raw`(?<!(?:chương trình|quy chế|công tác|kế hoạch|cơ chế|quan hệ|trách nhiệm) )phối hợp(?: với| tổ chức)?`,
    String.raw`cùng(?: với)? (?:lãnh đạo|đại diện|các|\p{Lu})`,
    String.raw`đại diện(?: lãnh đạo)?`,
    String.raw`(?:giám sát|kiểm tra|thanh tra|làm việc|thăm)(?: [\p{L}\d,]+){0,25} (?:tại|với|đối với)(?!\p{L})`,
    String.raw`(?:tiếp|đón) đoàn`,
    // "Đoàn gồm lãnh đạo …", "Còn có …", "được đón lãnh đạo …", "tại điểm cầu UBND các xã":
    // who makes up the delegation, who else attends, the bodies at the meeting's linked halls.
    String.raw`(?<!\p{L})(?:đoàn|thành phần)(?: \p{L}+){0,2} gồm(?!\p{L})|^\s*còn có(?!\p{L})|(?<!\p{L})đón(?: tiếp)? (?:lãnh đạo|đại diện|đoàn)|(?<!\p{L})(?:tại|đến|với) (?:các )?điểm cầu(?!\p{L})`,
    // "Về phía xã có các đồng chí …": who attends for the host.
    String.raw`(?<!\p{L})về phía [^.;:]{1,40}? có(?!\p{L})`,
    // "Tại cuộc họp, phòng Quản lý đô thị thông qua tờ trình": who acts at the meeting.
    String.raw`^\s*Tại (?:cuộc họp|buổi|hội nghị|kỳ họp|phiên|đại hội|lễ)`,
  ].join('|'),
  'iu',
)

/** "Nghị quyết số 19 … của Ban Chấp hành Trung ương Hội …": the body's organ wrote it. */
const ORGAN_OF_AUTHOR = String.raw`(?: (?:Ban Chấp hành|BCH|Ban Thường vụ|BTV|Ban Thường trực|Thường trực|Đoàn Chủ tịch))?`

/**
 * "Tờ trình được thông qua, có sự tham gia của Phòng X", "với sự chỉ đạo của": a "của" after
 * "sự …" belongs to that noun, so the unit took part or led, and wrote nothing.
 */
const NOT_A_NOUNS_OF = String.raw`(?<!(?<!\p{L})sự(?: \p{Ll}+){1,3})`

/**
 * "Quyết định số 12/QĐ-UBND ngày … của", "Kế hoạch … của": the unit after it wrote a document;
 * "Bằng khen của UBND tỉnh": granted an award.
 */
const DOCUMENT_OF = new RegExp(
  String.raw`(?:(?<!\p{L})(?:Quyết định|Kế hoạch|Chương trình|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Hướng dẫn|Công văn|Công điện|Thông báo|Đề án|Quy định|Quy chế|Kết luận|Tờ trình|Thông tri|Điều lệ|Luật|Bằng khen|Giấy khen|Cờ thi đua|Huân chương|Kỷ niệm chương)(?!\p{L})|(?<!(?:[Đđ]oàn|[Tt]ổ)(?: \p{L}+){0,3} )(?<!\p{L})số:? ?\d)[^.;]{0,120}?${NOT_A_NOUNS_OF} của${ORGAN_OF_AUTHOR}\s*$`,
  'iu',
)

/** The unit starting at `start` in the line is named as a document's author. */
export const isDocumentAuthor = (line: string, start: number): boolean => {
  const before = line.slice(Math.max(0, start - DOCUMENT_REACH), start)
  return AFTER_OF.test(before) && DOCUMENT_OF.test(before)
}

/**
 * "tại hội trường UBND xã Trường Sơn", "tại Trụ sở Huyện ủy": the building where the meeting is
 * held names its owner, who does not take part for that.
 */
// "tại Phòng họp tầng II UBND xã", "tại Hội trường số 1 Huyện ủy": a room's floor or number between.
const VENUE_BEFORE =
  /(?<!\p{L})tại (?:hội trường|trụ sở|phòng họp|nhà văn hóa|nhà văn hoá)(?: lớn| chính| (?:tầng|số|phòng) [\p{L}\d]+)*(?: (?:của|thuộc))?\s+$/iu

/**
 * "giới thiệu người ứng cử đại biểu HĐND tỉnh", "bầu cử đại biểu Quốc hội và HĐND các cấp": the
 * council whose seats are contested is named for the election, and takes no part for that.
 */
const ELECTED_TO_BEFORE =
  /(?<!\p{L})(?:ứng cử|bầu cử|trúng cử)(?: (?:vào|làm))?(?: đại biểu)?(?: Quốc hội(?: khóa [IVXL]+)?(?:,| và)(?: đại biểu)?)?\s+$/iu

/** The unit starting at `start` in the line is the body an election fills. */
export const isElectedBody = (line: string, start: number): boolean =>
  ELECTED_TO_BEFORE.test(line.slice(Math.max(0, start - ELECTION_REACH), start))
const ELECTION_REACH = 60

/** The unit starting at `start` in the line is named as the meeting's venue. */
export const isVenue = (line: string, start: number): boolean =>
  VENUE_BEFORE.test(line.slice(Math.max(0, start - VENUE_REACH), start))
const VENUE_REACH = 40

/** The cheap test first: most units do not follow "của". */
const AFTER_OF = new RegExp(String.raw`(?<!\p{L})của${ORGAN_OF_AUTHOR}\s*$`, 'u')
/** How far before "của" a document's name may stand, and a little more. */
const DOCUMENT_REACH = 160

type Sentence = { start: number; end: number; text: string }

/** A line's sentences, at a full stop, "!" or "?" followed by a space. */
const sentencesOf = (line: string): Sentence[] => {
  const sentences: Sentence[] = []
  let start = 0
  for (const match of line.matchAll(/[.!?]+\s+/gu)) {
    const end = match.index + match[0].length
    sentences.push({ start, end, text: line.slice(start, end) })
    start = end
  }
  if (start < line.length) sentences.push({ start, end: line.length, text: line.slice(start) })
  return sentences
}

export type UnitLine = {
  line: string
  units: UnitMention[]
  /** Title, lead or paragraph; captions name no participant. */
  role: 'title' | 'lead' | 'paragraph' | 'caption'
}

/** "Ban Thường vụ Đảng ủy phường X tổ chức Hội nghị …": the unit just before it holds the meeting. */
const HOLDS_MEETING_AFTER =
  /^\s*(?:đã |vừa |long trọng )?tổ chức (?:hội nghị|cuộc họp|họp|đại hội|kỳ họp|phiên họp|buổi)/iu
/**
 * "Được sự quan tâm chỉ đạo của Sở GDĐT, của Huyện uỷ, UBND huyện; sự phối hợp của các ngành …",
 * "theo chỉ đạo của UBND tỉnh": the bodies credited or obeyed, not present at the meeting.
 */
const CREDITED_BEFORE =
  /(?<!\p{L})sự (?:quan tâm|lãnh đạo|chỉ đạo|phối hợp|hỗ trợ|giúp đỡ|tạo điều kiện|đồng hành)(?:[^.;]{0,60}?)? của (?:[^.;]{0,80}(?:,|;| và) )?$|(?<!\p{L})theo (?:chỉ đạo|đề nghị|yêu cầu|hướng dẫn|đề xuất) của\s*$/iu

/** "biểu dương tinh thần … của lực lượng Công an thị trấn": a body praised, not present for that. */
const PRAISED_BEFORE =
  /(?<!\p{L})(?:biểu dương|khen ngợi|đánh giá cao|tuyên dương|tri ân)(?![^.;]*(?:tham dự|đến dự|chủ trì))[^.;]{0,100}?$/iu

/**
 * "Hội nghị đã nghe UBND xã thông báo tình hình …", "Báo cáo do Văn phòng HĐND và UBND huyện
 * trình bày", "Phòng Tài chính báo cáo …" at a sentence's start: the unit reports to the meeting.
 */
const HEARD_BEFORE =
  /(?:(?<!\p{L})(?<!lắng )nghe (?:đại diện |lãnh đạo )?|(?<!\p{L})do (?:đại diện |lãnh đạo )?|(?:^|[.;:]\s*))$/iu
const REPORTS_AFTER = /^\s*(?:đã )?(?:báo cáo|thông báo|trình bày|thông qua)(?!\p{L})/iu
/** "tiếp xúc cử tri trước kỳ họp thứ 9 HĐND thành phố": the session is another, to come or past. */
const OTHER_SESSION_BEFORE =
  /(?<!\p{L})(?:trước|sau|chuẩn bị cho|phục vụ) (?:các )?kỳ họp(?: thứ [\p{L}\d]+)?,?\s*$/iu

/**
 * "trình Ban Thường vụ Huyện ủy cho ý kiến", "để trình ra Hội nghị UBTƯ MTTQ Việt Nam", "gửi về
 * Văn phòng UBND tỉnh": the body a paper goes to next; not "Tờ trình", a document's name.
 */
const SUBMITTED_TO_BEFORE =
  /(?<!\p{L})(?:(?<![Tt]ờ )trình(?: ra| lên)?(?: (?:[Hh]ội nghị|[Kk]ỳ họp|[Đđ]ại hội|[Pp]hiên họp))?|gửi(?: về| lên| đến)?|xin ý kiến)\s+$/u

/**
 * "bầu bổ sung chức danh Phó Chủ tịch UBND xã", "uỷ viên UBND Thị xã": a unit right after a
 * position's head names the position, though no one holds it in the sentence. Not "Viện
 * trưởng", "Chánh án": "Kế hoạch của Viện trưởng Viện kiểm sát nhân dân cấp cao …" names the
 * host itself, which the report then calls by a short name ("Viện cấp cao 3") no reader knows.
 */
const POSITION_BEFORE =
  /(?<!\p{L})(?:(?:phó )?chủ tịch|(?:phó )?bí thư|(?:phó )?giám đốc|(?:phó )?trưởng ban|(?:phó )?chánh văn phòng|(?:phó )?trưởng phòng|[uủ][yỷ] viên|chỉ huy trưởng|chính trị viên(?: phó)?|chánh thanh tra|hiệu trưởng|thủ trưởng|chủ nhiệm|(?:phó )?trưởng công an)\s+$/iu

/**
 * "đại diện lãnh đạo các ban của Tỉnh ủy", "các phòng chuyên môn thuộc UBND huyện": the unit owns
 * a vague group that takes part, and is not itself a participant.
 */
// "09 đơn vị, tổ chức đảng thuộc Thị ủy Hương Thủy": a counted group too.
const GROUP_NOUN = String.raw`(?:ban|phòng|sở|ngành|đơn vị|cơ quan|đoàn thể|phòng ban|ban ngành|tổ chức (?:cơ sở )?đảng|chi bộ|đảng bộ)`
const GROUP_OWNED_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:các|\d+) ${GROUP_NOUN}(?:(?:, | và )${GROUP_NOUN})*(?:(?: (?:chuyên môn|trực thuộc|tham mưu|liên quan))? (?:của|thuộc)| (?:trực thuộc|tham mưu(?:,? giúp việc)?|giúp việc)(?: (?:của|cho))?)\s+$`,
  'iu',
)

/**
 * "… tổ chức giám sát 06 cuộc tại 06 đơn vị: xã A, xã B …": a programme of many supervisions or
 * inspections, whose bodies are visited some other day, not at the meeting reported.
 */
const PROGRAMME_OF_VISITS =
  /(?<!\p{L})(?:giám sát|kiểm tra|khảo sát|thanh tra)\s+\d+\s+(?:cuộc|đợt|lượt)(?!\p{L})/iu

/**
 * "6 tháng đầu năm 2018, Thường trực HĐND các cấp đã phối hợp với …", "Thời gian qua, UBND tỉnh
 * …", "Trong tháng 12, Thường trực HĐND huyện tham dự kỳ họp HĐND tỉnh": a sentence opening on a
 * period reports the period's work, not who is at the meeting, whatever role its verbs give.
 */
// "Theo báo cáo, thời gian qua, …": the report's words about the period.
const REPORTS_A_PERIOD =
  /^\s*(?:Theo báo cáo(?: của [^,.;]{1,60})?,\s*)?(?:(?:Trong|Qua|Sau) (?:(?:gần|hơn) )?)?(?:(?:\d{1,2}|sáu|chín|ba) tháng(?: (?:đầu|cuối))?(?: năm)?|tháng \d{1,2}(?!\d)(?:\/\d{4}| năm \d{4})?|quý [IV\d]+|(?:năm|nhiệm kỳ) \d{4}|(?:nhiệm kỳ|thời gian|những năm|các năm|\d+ năm|năm) qua|từ đầu năm(?: \d{4})? đến nay)(?!\p{L})/iu

/**
 * "Đoàn đề nghị Thường trực HĐND các xã phối hợp với UBMTTQ các xã …", "thống nhất nội dung cần
 * thực hiện như sau: … dự kỳ họp HĐND các xã", "giao Phòng Tài nguyên và Môi trường chủ trì,
 * phối hợp với UBND các xã": a role asked for, planned or assigned is no part taken.
 */
// "kiến nghị với Ban Thường vụ Tỉnh ủy …": a request made to a body is made at the table.
const TASK_OR_PLAN =
  /(?<!\p{L})(?:(?:[Đđ]ề nghị|[Yy]êu cầu|[Kk]iến nghị|[Đđ]ề xuất)(?! với(?!\p{L}))|[Ss]ẽ|[Dd]ự kiến|[Tt]hời gian tới|[Nn]hư sau|[Cc]ần (?:thực hiện|tập trung|chủ động)|[Gg]iao(?= (?:cho )?\p{Lu}))(?!\p{L})/u
const isAskedOrPlanned = (sentence: string): boolean => {
  const task = TASK_OR_PLAN.exec(sentence)
  const cue = ROLE_CUE.exec(sentence)
  return task !== null && cue !== null && task.index < cue.index + cue[0].length
}

/** "Cục Kiểm lâm Việt Nam thuộc Tổng cục Lâm nghiệp": the body named after "thuộc" owns one that takes part. */
const OWNED_BY = /^\s*(?:trực )?thuộc\s*$/u
const isOwnerOfUnitBefore = (line: string, unit: UnitMention, units: UnitMention[]): boolean =>
  units.some((other) => other.end < unit.start && OWNED_BY.test(line.slice(other.end, unit.start)))

/** The names of the units that take part, in order of first mention, repeats kept. */
export const participatingUnits = (lines: UnitLine[]): string[] =>
  lines.flatMap(({ line, units, role }) => {
    if (role === 'caption') return []
    if (units.length === 0) return []
    const sentences = sentencesOf(line)
    const givesRole = new Map<Sentence, boolean>()
    return units.flatMap((unit) => {
      if (isDocumentAuthor(line, unit.start)) return []
      if (isVenue(line, unit.start)) return []
      if (isElectedBody(line, unit.start)) return []
      if (CREDITED_BEFORE.test(line.slice(0, unit.start))) return []
      if (role !== 'title' && PRAISED_BEFORE.test(line.slice(0, unit.start))) return []
      if (OTHER_SESSION_BEFORE.test(line.slice(0, unit.start))) return []
      if (SUBMITTED_TO_BEFORE.test(line.slice(0, unit.start))) return []
      if (POSITION_BEFORE.test(line.slice(0, unit.start))) return []
      if (GROUP_OWNED_BEFORE.test(line.slice(0, unit.start))) return []
      if (isOwnerOfUnitBefore(line, unit, units)) return []
      if (role === 'title') return [unit.name]
      const at = sentences.findIndex((sentence) => unit.start < sentence.end)
      if (role === 'lead' && at <= 0) return [unit.name]
      if (HOLDS_MEETING_AFTER.test(line.slice(unit.end))) return [unit.name]
      if (
        HEARD_BEFORE.test(line.slice(0, unit.start)) &&
        REPORTS_AFTER.test(line.slice(unit.end))
      ) {
        return [unit.name]
      }
      const sentence = sentences[at === -1 ? sentences.length - 1 : at]
      if (!givesRole.has(sentence)) {
        givesRole.set(
          sentence,
          ROLE_CUE.test(sentence.text) &&
            !PROGRAMME_OF_VISITS.test(sentence.text) &&
            !REPORTS_A_PERIOD.test(sentence.text) &&
            !isAskedOrPlanned(sentence.text),
        )
      }
      return givesRole.get(sentence) ? [unit.name] : []
    })
  })
