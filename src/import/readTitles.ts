import { honorificsLength } from './honorifics'
import { PLACE_LEVEL } from './places'
import { readNamePhrase } from './readNamePhrase'

/**
 * The words a position starts with. Matched in lower case: the portal prints "chủ tịch UBND
 * thành phố" as often as "Chủ tịch"; titles are returned with a capital first letter.
 */
const TITLE_HEADS = [
  // Abbreviations as printed: Tỉnh ủy viên, Huyện ủy viên, Ủy viên Ban Thường vụ, … Ban Chấp hành.
  'tuv',
  'huv',
  'tủv',
  'uvbtv',
  'uv.btv',
  'uv. btv',
  'uv.bch',
  'uv btv',
  'uvtv',
  'uv bch',
  'uvbch',
  'ủy viên btv',
  'btv',
  // Ủy viên Trung ương Đảng; Ủy viên Ban Thường vụ Tỉnh ủy, also "Thường vụ Tỉnh ủy" (the
  // committee itself, "Ban Thường vụ Tỉnh ủy", is no one's title).
  'uvtw',
  'uvtư',
  'uvt.ư',
  'tvtu',
  '(?<!ban )thường vụ',
  // Chủ tịch, Phó Chủ tịch, Phó Bí thư, Giám đốc, Phó Giám đốc.
  'ct',
  'pct',
  'pbt',
  // Bí thư Đảng ủy.
  'btđu',
  'gđ',
  'pgđ',
  'bí thư',
  'nguyên',
  'bộ trưởng',
  'chánh',
  'chỉ huy trưởng',
  'chính ủy',
  'chủ nhiệm',
  'chủ tịch',
  'đại biểu quốc hội',
  'đbqh',
  'đại biểu hđnd',
  'đại biểu hội đồng nhân dân',
  'giám đốc',
  'hiệu trưởng',
  'huyện ủy viên',
  'đảng ủy viên',
  'quận ủy viên',
  'thị ủy viên',
  'phó',
  'thành ủy viên',
  'thủ trưởng',
  'thủ tướng',
  'thứ trưởng',
  'thường trực',
  'tỉnh ủy viên',
  'tổng bí thư',
  'tổng giám đốc',
  'tổng thư ký',
  'tổng cục trưởng',
  'tổng thanh tra',
  'tổng kiểm toán',
  'tổng lãnh sự',
  'đại sứ',
  'trợ lý',
  'người phát ngôn',
  'trưởng',
  'tư lệnh',
  'ủy viên',
  'viện trưởng',
  'cục trưởng',
  'chi cục trưởng',
  'vụ trưởng',
  'tổng biên tập',
  'thư ký',
  'kiểm sát viên',
  'thẩm phán',
  // Staff positions printed before the office: "Phụ trách phòng Kế hoạch", "Chuyên viên Văn phòng".
  'phụ trách',
  'chuyên viên',
  'đội trưởng',
  'tổ trưởng',
  'chi hội trưởng',
  'hội trưởng',
  'kế toán trưởng',
  'hiệu phó',
  'điều tra viên',
  'thanh tra viên',
  'chấp hành viên',
]

/**
 * "Quyền Chủ tịch UBND tỉnh", "Quyền Giám đốc Sở": one acting in a post holds its title; "quyền"
 * alone is the everyday word ("quyền lợi"), so it counts only before a position.
 */
const ACTING = '(?:quyền )?'
/** "uv.btv": a full stop in an abbreviation is itself. */
const HEADS = `${ACTING}(?:${TITLE_HEADS.map((head) => head.replaceAll('.', '\\.')).join('|')})`
const TITLE_HEAD = new RegExp(`^(?:${HEADS})(?!\\p{L})`, 'u')
/** Every place a position starts in a line, either case. */
export const TITLE_HEAD_ANYWHERE = new RegExp(`(?<!\\p{L})(?:${HEADS})(?!\\p{L})`, 'giu')

/** True when the text starts with a position: "Phó Bí thư Tỉnh ủy", "chủ tịch UBND". */
export const startsWithTitleHead = (text: string): boolean => TITLE_HEAD.test(text.toLowerCase())

const capitaliseFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

const TITLE_OPTIONS = { placeLevels: 'include', maxWords: 15 } as const
const SEPARATOR = /^ ?(?:,|[-–](?= ?\p{L})) ?/u

/** "… Chủ tịch UBND phường - Chủ trì hội nghị": after the dash, what the person does. */
const PREDICATE_AFTER_DASH =
  / ?[-–] ?(?:chủ trì|chủ tọa|phát biểu|trình bày|báo cáo|điều hành|tặng|trao)(?!\p{L})/iu

/** A title's length without a predicate a dash glued to it. */
const withoutPredicate = (text: string, length: number): number => {
  const predicate = PREDICATE_AFTER_DASH.exec(text.slice(0, length + 12))
  return predicate && predicate.index < length ? predicate.index : length
}

export type TitleRun = {
  /** In printed order, each with a capital first letter. */
  titles: string[]
  /** How many characters of the text the titles take (separators between them included). */
  length: number
}

/** A committee's head or member, whose committee belongs to a council or a party committee. */
const COMMITTEE_HEAD = /^(?:Phó )?Trưởng [Bb]an |^Ủy viên [Bb]an (?!Thường vụ|Chấp hành)/u
const COUNCIL_AFTER = new RegExp(
  `^, (?:HĐND|Hội đồng nhân dân) ${PLACE_LEVEL}(?! \\p{Lu})(?!,? (?:và |cùng )?\\p{Lu})`,
  'u',
)

/** A council's or committee's term: "khóa XI", "khóa XV, nhiệm kỳ 2021-2026", "nhiệm kỳ 2020 - 2025". */
const TERM = String.raw`(?:(?:khóa|khoá) (?:[IVXL]+|\d{1,2})(?:,? nhiệm kỳ \d{4} ?[-–] ?\d{4})?|nhiệm kỳ \d{4} ?[-–] ?\d{4})`
/** The term after a title, bracketed or not: "Ủy viên BCH Đảng bộ tỉnh (khóa XV)". */
const TERM_AFTER = new RegExp(`^,? (?:${TERM}|\\(${TERM}\\))(?![\\p{L}\\p{N}])`, 'u')

const TERM_AT_END = /,? (?:khóa|khoá) (?:[IVXL]+|\d{1,2})$/u

/**
 * Reads the comma-separated positions at the start of the text, up to the verb:
 * "Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn chủ trì" → three titles.
 * A piece that does not start with a position ends the run.
 */
export const readTitles = (text: string): TitleRun => {
  const titles: string[] = []
  let position = 0
  let length = 0
  for (;;) {
    // "Đại tá, Giám đốc Công an tỉnh", "Thượng tá Trưởng Công an huyện": a rank or a degree before
    // a title is read past; it is no title (honorifics.ts).
    const honorifics = honorificsLength(text.slice(position))
    if (!startsWithTitleHead(text.slice(position + honorifics))) break
    position += honorifics
    const titleLength = withoutPredicate(
      text.slice(position),
      readNamePhrase(text.slice(position), TITLE_OPTIONS),
    )
    if (titleLength === 0) break
    // "Trưởng ban Kinh tế - Ngân sách, HĐND tỉnh": the council a committee's head serves, after a comma.
    const council = COMMITTEE_HEAD.test(text.slice(position))
      ? (COUNCIL_AFTER.exec(text.slice(position + titleLength))?.[0].length ?? 0)
      : 0
    const fullLength = titleLength + council
    // "… UBND TP. Ông X …": the sentence's full stop after an abbreviated level is not the title's.
    const title = text
      .slice(position, position + fullLength)
      .replace(TERM_AT_END, '')
      .replace(/\.$/u, '')
    titles.push(capitaliseFirst(title))
    length = position + fullLength
    // "Phó Chủ tịch HĐND huyện khóa XI chủ trì": the council's term is read past, not kept.
    length += TERM_AFTER.exec(text.slice(length))?.[0].length ?? 0
    const separator = SEPARATOR.exec(text.slice(length))
    if (!separator) break
    position = length + separator[0].length
  }
  return { titles, length }
}
