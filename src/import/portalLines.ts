import { isCalendarDay } from '../lib/vietnamTime'
import { foldVietnamese } from './vietnameseText'

/**
 * The lines the old portal printed around an article's text, each line normalised: the site's
 * date header, the publish line, the view count, audio players and page furniture.
 */

export type PortalLine =
  | { kind: 'leftover' }
  /** publishedAt is missing when the printed date or time does not exist (31/02). */
  | { kind: 'publish'; publishedAt?: string; weekdayMatches: boolean }
  | { kind: 'views'; views: number }
  | { kind: 'audio'; file: string }

const WEEKDAY = '(Thứ [2-7]|Thứ (?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật)'
const DATE = String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`
/** "Thứ 4, 30/12/2020 | 18:45:37" */
const PUBLISH_LINE = new RegExp(`^${WEEKDAY},? ${DATE} ?\\| ?${TIME}$`, 'iu')
/** "Thứ 5, 23/05/2024, 06:13[GMT+7]": the day the page was saved, not the article's date. */
const SITE_DATE_HEADER = new RegExp(
  `^${WEEKDAY},? ${DATE},? ${TIME} ?(?:\\[GMT ?\\+ ?7\\])?$`,
  'iu',
)
const VIEWS_LINE = /^(?:([\d.,]+) lượt xem|lượt xem:? ([\d.,]+))$/iu
const AUDIO_LINE = /^(?:Audio|Âm thanh|File âm thanh) ?: ?(\S.*)$/iu

/** Furniture lines, folded: the portal's boxes around the article. */
const FURNITURE = new Set(
  [
    'Tin cùng chuyên mục',
    'Xem tin theo ngày',
    'Tin liên quan',
    'Tin khác',
    'Các tin khác',
    'Về đầu trang',
  ].map(foldVietnamese),
)

const WEEKDAY_NUMBERS: Record<string, number> = { hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7 }

/** 1 for Sunday ("Chủ nhật"), 2 for "Thứ 2"/"Thứ hai" … 7 for Saturday. */
const weekdayNumber = (weekday: string): number => {
  const word = weekday.toLowerCase().replace(/^thứ /u, '')
  if (word === 'chủ nhật') return 1
  return WEEKDAY_NUMBERS[word] ?? Number(word)
}

const pad = (value: string) => value.padStart(2, '0')

const publishLine = (match: RegExpExecArray): PortalLine => {
  const [, weekday, day, month, year, hour, minute, second = '00'] = match
  const date = `${year}-${pad(month)}-${pad(day)}`
  const validTime = Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60
  if (!isCalendarDay(date) || !validTime) return { kind: 'publish', weekdayMatches: false }
  const weekdayMatches = new Date(`${date}T00:00:00Z`).getUTCDay() + 1 === weekdayNumber(weekday)
  const publishedAt = `${date}T${pad(hour)}:${minute}:${second}+07:00`
  return { kind: 'publish', publishedAt, weekdayMatches }
}

/** What a (normalised) line is, when the portal printed it; undefined for the article's own text. */
export const classifyPortalLine = (line: string): PortalLine | undefined => {
  const publish = PUBLISH_LINE.exec(line)
  if (publish) return publishLine(publish)
  if (SITE_DATE_HEADER.test(line)) return { kind: 'leftover' }
  if (FURNITURE.has(foldVietnamese(line.replace(/[:.]$/u, '')))) return { kind: 'leftover' }
  const views = VIEWS_LINE.exec(line)
  if (views) return { kind: 'views', views: Number((views[1] ?? views[2]).replace(/[.,]/g, '')) }
  const audio = AUDIO_LINE.exec(line)
  if (audio) return { kind: 'audio', file: audio[1] }
  return undefined
}
