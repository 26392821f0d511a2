import { isPersonName } from './parseByline'
import {
  AUTHOR_LABELS,
  CHROME_LINES,
  CHROME_PATTERNS,
  DATE_LABELS,
  SHARE_WORDS,
  SITE_NAME_OPENINGS,
  SOURCE_BODY_OPENINGS,
  SOURCE_LABELS,
  VIEW_LABELS,
  WEEKDAY_WORDS,
} from './portalLineTables'
import { foldVietnamese } from './vietnameseText'
import { isCalendarDay } from '../lib/vietnamTime'

/**
 * The lines the old portal printed around an article's text, each line normalised: the site's
 * date header, the publish line (in any of the forms of portalLineTables.ts, with the author or
 * the view count it may carry), the view count, audio players and page chrome.
 */

export type PortalLine =
  | { kind: 'leftover' }
  /** publishedAt is missing when the printed date or time does not exist (31/02). */
  | {
      kind: 'publish'
      publishedAt?: string
      weekdayMatches: boolean
      /** The page printed a day without a time: publishedAt is that day at midnight. */
      isDayOnly?: boolean
      /**
       * "Thứ 5, 23/05/2024, 06:13[GMT+7]": the form of a site's date header, the day the page
       * was saved when it stands above the title; under the title it is the publish line.
       */
      isSiteHeader?: boolean
      author?: string
      views?: number
    }
  | { kind: 'views'; views: number }
  /** A number alone on its line: a view counter printed without its label, likely. */
  | { kind: 'count'; views: number }
  | { kind: 'audio'; file: string }
  /** An author printed in the header: "HOÀI THẢO |". */
  | { kind: 'author'; author: string; views?: number }

const WEEKDAY = `(${WEEKDAY_WORDS})`
const DATE = String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`
/** "Thứ 4, 30/12/2020 | 18:45:37" */
const PUBLISH_LINE = new RegExp(`^${WEEKDAY},? ${DATE} ?\\| ?${TIME}$`, 'iu')
/** "Thứ 5, 23/05/2024, 06:13[GMT+7]": the day the page was saved, not the article's date. */
const SITE_DATE_HEADER = new RegExp(`^${WEEKDAY},? ${DATE},? ${TIME} ?\\[GMT ?\\+ ?7\\]$`, 'iu')
/** "1.234", "1,234", "1 234", "1234". */
const COUNT = String.raw`(\d{1,3}(?:[ .,]\d{3})+|\d+)`
const VIEWS_LINE = new RegExp(
  `^(?:${COUNT} (?:${VIEW_LABELS.join('|')})|(?:${VIEW_LABELS.join('|')}) ?:? ?${COUNT}(?: (?:${VIEW_LABELS.join('|')}))?)$`,
  'iu',
)
/** A counter printed as its template's variable: "intNumViewTotal=447". */
const VIEWS_VARIABLE = /^[a-z]*views?(?:count|total)?[a-z]*\s*[=:]\s*(\d[\d.,]*)$/iu
/** A list item's bullet before a page line: "• Lượt xem: 6522 lượt xem", "- Đã xem: 50". */
const BULLET = /^(?:[•·▪◦]|[-–](?=\s))\s*/u
const AUDIO_LINE = /^(?:Audio|Âm thanh|File âm thanh) ?: ?(\S.*)$/iu

/**
 * Any day written d/m/yyyy, d-m-yyyy, d.m.yyyy, "d tháng m năm yyyy" or "d Tháng m, yyyy"; any
 * time h:mm(:ss) or "h giờ mm".
 */
const ANY_DATE =
  /(?<![\d/.-])(\d{1,2})(?:[/.-]|\s+tháng\s+)(\d{1,2})(?:[/.-]|,?\s+năm\s+|(?<=tháng\s+\d{1,2}),\s*)(\d{4})(?![\d/.-])/iu
/** "2023-04-12 08:20": the machine's form. */
const ISO_DATE = /(?<![\d/.-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d/.-])/u
/** "08:20:15 PM", "8:20 CH": a 12-hour clock's half of the day. */
const HALF_DAY = /(?<!\p{L})(AM|PM|SA|CH)(?!\p{L})/iu
const ANY_TIME = /(?<![\d:])(\d{1,2})(?::|h| giờ )(\d{2})(?: phút)?(?::(\d{2}))?(?![\d:])/u
/** "GMT+7", "(GMT+07:00)", "UTC+7": the zone every Vietnamese portal prints its time in. */
const TIME_ZONE = /\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?/giu
const ANY_WEEKDAY = new RegExp(`(?<!\\p{L})${WEEKDAY}(?!\\p{L})`, 'iu')
/** No legacy portal published before this. */
const MIN_YEAR = 1990
/** The longest line a portal's date line runs to. */
const MAX_DATE_LINE = 120
const PIECE_SEPARATOR = /\s*(?:\||•|·|\s[-–—]\s|^[-–—]\s|\s[-–—]$|,|\s{2,}|\(|\)|\[|\])\s*/u

const CHROME = new Set(CHROME_LINES)
const DATE_LABEL = new Set(DATE_LABELS.map(foldVietnamese))
const AUTHOR_LABEL = new Set(AUTHOR_LABELS.map(foldVietnamese))
const VIEW_LABEL = new Set(VIEW_LABELS.map(foldVietnamese))
/** A counter's label in any wording: "Số lượt truy cập", "View count", "Lượt người đọc". */
const VIEW_WORD = /(?<!\p{L})(?:luot|xem|doc|views?|view count|truy cap|hits?)(?!\p{L})/u
const isViewLabel = (label: string): boolean => {
  const key = folded(label)
  return VIEW_LABEL.has(key) || (key.split(' ').length <= 4 && VIEW_WORD.test(key))
}
const AUTHOR_WITHOUT_COLON = /^(tác giả|bởi|người đăng|người viết|đăng bởi)\s+(\p{Lu}.*)$/iu
/** "HOÀI THẢO |": a name and a bar, the portal's author field. */
const AUTHOR_HEADER = /^(.+?) ?\|$/u
/** "Tác giả: Trần Thị Mai" on a line of its own. */
const LABELLED = /^([^:]{2,20}?)\s*:\s*(.+)$/u

/** Compared with tones, in lower case: "Bảo Châu" is a name, "Báo Hậu Giang" a newspaper. */
const SITE_NAME_OPENING = new RegExp(`^(?:${SITE_NAME_OPENINGS.join('|')})(?!\\p{L})`, 'u')
/** The words of a place or body's name that are not capitalised. */
const NAME_LOWER_CASE_WORDS = new Set([
  'tỉnh',
  'thành',
  'phố',
  'huyện',
  'quận',
  'thị',
  'xã',
  'phường',
  'trấn',
  'và',
  'nhân',
  'dân',
  'ban',
  'điện',
  'tử',
])
const MAX_SITE_NAME_WORDS = 14
/**
 * "Cổng Thông tin điện tử huyện Phú Tân", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG": the opening of
 * a site's name, then nothing but a name (capitalised words and levels of place).
 */
const isSiteName = (line: string): boolean => {
  const opening = SITE_NAME_OPENING.exec(line.toLowerCase())
  if (!opening) return false
  const words = line.split(' ')
  const rest = words.slice(opening[0].split(' ').length)
  return (
    words.length <= MAX_SITE_NAME_WORDS &&
    rest.every((word) => /^\p{Lu}/u.test(word) || NAME_LOWER_CASE_WORDS.has(word))
  )
}

const WEEKDAY_NUMBERS: Record<string, number> = { hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7 }

/** 1 for Sunday ("Chủ nhật", "CN"), 2 for "Thứ 2"/"Thứ hai"/"T2" … 7 for Saturday. */
const weekdayNumber = (weekday: string): number => {
  const word = weekday.toLowerCase().replace(/^(?:thứ |t)/u, '')
  if (word === 'chủ nhật' || word === 'cn') return 1
  return WEEKDAY_NUMBERS[word] ?? Number(word)
}

const pad = (value: string) => value.padStart(2, '0')

const publishAt = ({
  weekday,
  day,
  month,
  year,
  hour,
  minute,
  second = '00',
}: {
  weekday?: string
  day: string
  month: string
  year: string
  hour?: string
  minute?: string
  second?: string
}): { publishedAt?: string; weekdayMatches: boolean } => {
  const date = `${year}-${pad(month)}-${pad(day)}`
  const validTime =
    hour === undefined || (Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60)
  if (!isCalendarDay(date) || !validTime) return { weekdayMatches: false }
  const weekdayMatches =
    weekday === undefined ||
    new Date(`${date}T00:00:00Z`).getUTCDay() + 1 === weekdayNumber(weekday)
  const time = hour === undefined ? '00:00:00' : `${pad(hour)}:${minute}:${second}`
  return { publishedAt: `${date}T${time}+07:00`, weekdayMatches }
}

const publishLine = (match: RegExpExecArray): Extract<PortalLine, { kind: 'publish' }> => {
  const [, weekday, day, month, year, hour, minute, second] = match
  return { kind: 'publish', ...publishAt({ weekday, day, month, year, hour, minute, second }) }
}

/**
 * "False 3466Ngày cập nhật 29/08/2013": a Liferay template's leaked flag, then the view count
 * glued to the date's label.
 */
const GLUED_VIEWS = /^(?:(?:True|False|null)\s+)?(\d[\d.,]*)(?=\p{Lu})/u

const folded = (text: string) => foldVietnamese(text.replace(/[:.]+$/u, '').trim())

/**
 * A short line holding a date and nothing but what portals print beside one: a weekday, a time,
 * labels ("Cập nhật:"), a category ("Chính trị 12-04-2023"), the author ("Bùi Ánh - 14:20
 * 28/09/2023", "Tác giả: Thu Hà") and the view count ("05/04/2023 16:39 78").
 */
const dateLine = (line: string): PortalLine | undefined => {
  if (line.length > MAX_DATE_LINE) return undefined
  const date = ANY_DATE.exec(line) ?? ISO_DATE.exec(line)
  if (!date) return undefined
  const [day, month, year] = date.groups?.year
    ? [date.groups.day, date.groups.month, date.groups.year]
    : date.slice(1, 4)
  // "01/01/0001": a template's empty date.
  if (Number(year) < MIN_YEAR) return { kind: 'leftover' }
  let rest = (line.slice(0, date.index) + ' | ' + line.slice(date.index + date[0].length)).replace(
    TIME_ZONE,
    ' | ',
  )
  const time = ANY_TIME.exec(rest)
  if (time) rest = rest.slice(0, time.index) + ' | ' + rest.slice(time.index + time[0].length)
  const halfDay = time ? HALF_DAY.exec(rest) : null
  if (halfDay) {
    rest = rest.slice(0, halfDay.index) + rest.slice(halfDay.index + halfDay[0].length)
  }
  const isAfternoon = halfDay !== null && /^(?:pm|ch)$/iu.test(halfDay[1])
  const hour = time && halfDay ? String((Number(time[1]) % 12) + (isAfternoon ? 12 : 0)) : time?.[1]
  const weekday = ANY_WEEKDAY.exec(rest)
  if (weekday)
    rest = rest.slice(0, weekday.index) + ' | ' + rest.slice(weekday.index + weekday[0].length)
  const authors: string[] = []
  let views: number | undefined
  const glued = GLUED_VIEWS.exec(rest)
  if (glued) {
    views = Number(glued[1].replace(/[.,]/g, ''))
    rest = ` | ${rest.slice(glued[0].length)}`
  }
  // "Lượt đọc: 11726Thời gian: 17:02": a count glued to the next field's label.
  rest = rest.replace(/(?<=\d)(?=\p{Lu}\p{Ll})/gu, ' | ')
  const pieces = rest.split(PIECE_SEPARATOR).map((piece) =>
    piece
      .replace(/:$/u, '')
      .replace(/^[-–—\s]+/u, '')
      .trim(),
  )
  for (const [index, piece] of pieces.entries()) {
    if (!/[\p{L}\p{N}]/u.test(piece)) continue
    const key = folded(piece)
    if (DATE_LABEL.has(key) || CHROME.has(key)) continue
    // "Tác giả: Thu Hà", and without the colon "bởi Thu Hà", "Tác giả Thu Hà".
    const labelled = /^([^:]+):\s*(.+)$/u.exec(piece) ?? AUTHOR_WITHOUT_COLON.exec(piece)
    if (labelled && AUTHOR_LABEL.has(folded(labelled[1])) && isPersonName(labelled[2])) {
      authors.push(labelled[2])
      continue
    }
    if (labelled && isViewLabel(labelled[1]) && /^[\d.,]+$/u.test(labelled[2])) {
      views = Number(labelled[2].replace(/[.,]/g, ''))
      continue
    }
    if (labelled && DATE_LABEL.has(folded(labelled[1])) && folded(labelled[2]) === '') continue
    // "Người đăng: Quản trị": the site's account, and other chrome among the fields.
    if (isChrome(piece)) continue
    const counted = /^([\d.,]+)(?: (.+))?$/u.exec(piece)
    // "… 22:58 206 0": the views, then the comments' count.
    if (counted && time && (!counted[2] || isViewLabel(counted[2]) || /^\d+$/u.test(counted[2]))) {
      views = Number(counted[1].replace(/[.,]/g, ''))
      continue
    }
    if (isPersonName(piece)) {
      authors.push(piece)
      continue
    }
    // The section the article is filed under, printed before its date ("Chính trị 28-05-2024")
    // or as one of the fields of a row ("12/04/2023 | Tin địa phương | Lượt xem: 20").
    const isCategory =
      /^\p{Lu}/u.test(piece) &&
      piece.split(' ').length <= 3 &&
      ((index === 0 && line.startsWith(piece)) || line.includes('|'))
    if (isCategory) continue
    return undefined
  }
  const at = publishAt({
    weekday: weekday?.[1],
    day,
    month,
    year,
    hour,
    minute: time?.[2],
    second: time?.[3],
  })
  return {
    kind: 'publish',
    ...at,
    ...(time ? {} : { isDayOnly: true }),
    ...(authors.length > 0 ? { author: authors.join(', ') } : {}),
    ...(views !== undefined ? { views } : {}),
  }
}

const SOURCE_LINE = new RegExp(
  `^(?:${SOURCE_LABELS.join('|')}) ?:? (?:${SOURCE_BODY_OPENINGS.join('|')})(?!\\p{L})`,
  'u',
)
const MAX_SOURCE_WORDS = 12
/** "Theo TTXVN.", "Theo Báo Sóc Trăng./.": the article's closing stop after its source. */
const CLOSING_STOP = /\s*(?:\.\/\.|\.)$/u
const SOURCE_LABEL = new RegExp(
  `^(?:${[...SOURCE_LABELS].sort((a, b) => b.length - a.length).join('|')}) ?:? `,
  'iu',
)
/**
 * "Theo Báo Sóc Trăng": a short line naming the text's source, a body and not a person. With a
 * full stop only when the source is all name ("Theo TTXVN."), since "Theo báo cáo, …" is a sentence.
 */
const isSourceLine = (line: string): boolean => {
  if (line.split(' ').length > MAX_SOURCE_WORDS || !SOURCE_LINE.test(line.toLowerCase())) {
    return false
  }
  if (!/[.;!?]$/u.test(line)) return true
  if (!CLOSING_STOP.test(line)) return false
  const source = line.replace(CLOSING_STOP, '').replace(SOURCE_LABEL, '').split(' ')
  return source.every((word) => /^\p{Lu}/u.test(word) || NAME_LOWER_CASE_WORDS.has(word))
}

/**
 * "BTNO", "TTXVN", "(VOV)": the newspaper's or the agency's mark alone on its line, signing the
 * article for the site and naming no one. "PV", "CTV" and "BTV" are the newsroom's people.
 */
const SITE_MARK = /^\(?\p{Lu}{2,6}(?:\.VN)?\)?$/u
const PEOPLE_MARKS = new Set(['PV', 'CTV', 'BTV'])
const isSiteMark = (line: string): boolean =>
  SITE_MARK.test(line) && !PEOPLE_MARKS.has(line.replace(/[()]/gu, ''))

const SIGNING_BODY = new RegExp(`^(?:${SOURCE_BODY_OPENINGS.join('|')})(?!\\p{L})`, 'u')
/** The words of a sentence, that an office's name does without: "Ban Tổ chức trao giải cho …". */
const SENTENCE_WORD =
  /(?<!\p{L})(?:đã|đang|sẽ|được|là|có|cho|với|tại|trao|tổ chức|nhằm|để)(?!\p{L})/iu
const MAX_SIGNING_BODY_WORDS = 10
/**
 * "HĐND xã Thanh Điền", "Ban Tuyên giáo Huyện ủy" on the article's last line: the office that
 * signs it in the newsroom's place, a source naming no one. A name: short, no sentence.
 */
export const isSigningBody = (line: string): boolean =>
  line.split(' ').length <= MAX_SIGNING_BODY_WORDS &&
  !/[.;:,!?]$/u.test(line) &&
  !SENTENCE_WORD.test(line) &&
  SIGNING_BODY.test(line.toLowerCase())

const SHARE_WORD = new RegExp(`(?<![\\p{L}-])(?:${SHARE_WORDS.join('|')})(?![\\p{L}-])`, 'gu')
/** "Facebook Twitter Zalo", "In | Email | Chia sẻ": a row of share buttons and nothing else. */
const isShareRow = (key: string): boolean => {
  const buttons = key.match(SHARE_WORD)?.length ?? 0
  return buttons >= 2 && /^[^\p{L}\p{N}]*$/u.test(key.replace(SHARE_WORD, ''))
}

/**
 * "[In trang]", "(Trở về)", "Xem thêm >>", "Phóng to |": a button's brackets, arrows and the bar
 * after it are not its words.
 */
const buttonText = (line: string) =>
  line.replace(/^\[(.*)\]$|^\((.*)\)$/u, '$1$2').replace(/\s*(?:>>|»|›|\|)+$/u, '')

/** "08032022 ton vinh 02": a photo's file name printed for its alt text, dated and unaccented. */
const FILE_NAME_TEXT = /^(?=[^\d]*\d{6})[a-z\d _.-]+$/u

const isChrome = (line: string): boolean => {
  const key = folded(buttonText(line))
  return (
    key === '' ||
    FILE_NAME_TEXT.test(line) ||
    CHROME.has(key) ||
    isShareRow(key) ||
    CHROME_PATTERNS.some((pattern) => pattern.test(key))
  )
}

/**
 * "Tác giả: Thu Hà | Lượt xem: 20", "Lượt xem: 1234 | In bài": a row of the page's fields with no
 * date, each piece an author, a view count or chrome.
 */
const metadataRow = (line: string): PortalLine | undefined => {
  const pieces = line.split(/\s*\|\s*|\s[-–]\s/u).filter((piece) => piece !== '')
  if (pieces.length < 2) return undefined
  let author: string | undefined
  let views: number | undefined
  for (const piece of pieces) {
    const portal = classifyPortalLine(piece)
    if (portal?.kind === 'author') author ??= portal.author
    else if (portal?.kind === 'views') views ??= portal.views
    else if (portal?.kind !== 'leftover') return undefined
  }
  if (author !== undefined) {
    return { kind: 'author', author, ...(views !== undefined ? { views } : {}) }
  }
  return views !== undefined ? { kind: 'views', views } : undefined
}

/** What a (normalised) line is, when the portal printed it; undefined for the article's own text. */
export const classifyPortalLine = (printed: string): PortalLine | undefined => {
  // "(Lượt xem: 45)": a field in brackets is the field.
  const line = printed.replace(BULLET, '').replace(/^\((.*)\)$/u, '$1')
  const publish = PUBLISH_LINE.exec(line)
  if (publish) return publishLine(publish)
  const siteHeader = SITE_DATE_HEADER.exec(line)
  if (siteHeader) return { ...publishLine(siteHeader), isSiteHeader: true }
  const views = VIEWS_LINE.exec(line) ?? VIEWS_VARIABLE.exec(line)
  if (views) {
    return { kind: 'views', views: Number((views[1] ?? views[2]).replace(/[ .,]/g, '')) }
  }
  if (/^\d{1,3}(?:[.,]\d{3})*$|^\d+$/u.test(line)) {
    return { kind: 'count', views: Number(line.replace(/[.,]/g, '')) }
  }
  const audio = AUDIO_LINE.exec(line)
  if (audio) return { kind: 'audio', file: audio[1] }
  const authorHeader = AUTHOR_HEADER.exec(line)
  if (authorHeader && isPersonName(authorHeader[1])) {
    return { kind: 'author', author: authorHeader[1] }
  }
  const labelled = LABELLED.exec(line)
  if (labelled && AUTHOR_LABEL.has(folded(labelled[1])) && isPersonName(labelled[2])) {
    return { kind: 'author', author: labelled[2] }
  }
  if (isChrome(line) || isSiteName(line) || isSourceLine(line) || isSiteMark(line)) {
    return { kind: 'leftover' }
  }
  return dateLine(line) ?? metadataRow(line)
}
