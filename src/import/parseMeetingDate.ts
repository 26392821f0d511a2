import type { ParseWarning, YearSource } from './parsedArticle'
import { isCalendarDay, type PartOfDay } from '../lib/vietnamTime'

/**
 * The meeting's day from the lead: "Sáng ngày 24/6/2022", "Chiều ngày 30/12", "Tối 5/3", or a
 * lead opening with "Ngày 24/6/2022". A date elsewhere ("Tính đến ngày 28/11/2020") is not the
 * meeting's.
 *
 * A day without a year gets one, in this order:
 * 1. the publish date's year, or the year before when the day would fall more than a few weeks
 *    after publication (a report follows its meeting): 30/12 published 2021-01-02 → 2020; a day
 *    just after publication keeps its year, and the article is a notice of a meeting to come;
 * 2. a year the title names ("năm 2020"), else one the lead names: the earliest, since a meeting
 *    reviews its own year and plans the next ("kết quả năm 2020; nhiệm vụ năm 2021" on 16/12 →
 *    2020); in January and February the latest, as year-end reviews are held early next year.
 * Every inferred year gets a warning for the editor.
 */

export type MeetingDate = {
  date?: string
  partOfDay?: PartOfDay
  isYearInferred: boolean
  yearSource?: YearSource
  warnings: ParseWarning[]
}

type PrintedDay = { day: number; month: number; year?: number; partOfDay?: PartOfDay }

/** Noon ("Trưa 5/3") dates the meeting but is none of the three parts an editor records. */
const PARTS_OF_DAY: Partial<Record<string, PartOfDay>> = {
  sáng: 'morning',
  chiều: 'afternoon',
  tối: 'evening',
}
/**
 * The forms of a day: "24/6/2022", "30/12", "21-8", "3.6", "15 tháng 10 năm 2019", "12 Tháng 4,
 * 2023", spaced as typed ("2 / 3", "2 - 3"); of two days
 * ("9 và 10-6", "7, 8/5", "11 đến ngày 13 tháng 6") the first.
 */
const TO_DAY = String.raw`(?: và | đến (?:ngày )?)`
const DAY_FORMS = [
  String.raw`(\d{1,2})(?:(?:${TO_DAY}|, ?| - )\d{1,2})? ?/ ?(\d{1,2})(?: ?/ ?(\d{4}))?(?![\d/])`,
  String.raw`(\d{1,2})(?:(?:${TO_DAY}|, ?)\d{1,2})?(?:-| - )(\d{1,2})(?:-(\d{4}))?(?![\d/-])`,
  String.raw`(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?![\d.])(?!\.\d)`,
  String.raw`(\d{1,2})(?:${TO_DAY}\d{1,2})? tháng (\d{1,2})(?:(?:,? năm|,) (\d{4}))?(?!\d)`,
]
/**
 * What may stand between a part of day and its date: "Sáng nay (5/3)", "Chiều ngày 30/12", a
 * weekday "Sáng thứ Sáu (24/6)", "Sáng thứ Hai (ngày 5/6)", "Chiều Chủ nhật, ngày 25/6".
 */
const AFTER_PART = String.raw`(?: nay| qua| hôm nay| hôm qua| thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])| chủ nhật)?,? (?:\(?ngày |hôm nay |\()?`
const PART_WORD = '(sáng|trưa|chiều|tối)'
const WITH_PART = DAY_FORMS.map(
  (form) => new RegExp(`(?<!\\p{L})${PART_WORD}${AFTER_PART}${form}`, 'iu'),
)
/**
 * A sentence opening with the day: "Ngày 24/6/2022, …", "Trong 2 ngày 9 và 10-6, …", "Từ ngày
 * 11 đến ngày 13 tháng 6 năm 2020, …", "Hôm nay (21/8/2023), …", a notice's "Thời gian: Từ ngày 05 …"; the lead's first
 * sentence may name a document instead ("Thực hiện Công văn số … ngày 02/11/2022 …. Ngày 24/11, …"); a
 * newspaper's dateline may come first ("TÂN AN - Ngày 3/6, …").
 */
/** "Lúc 14 giờ ngày 2/3", "Vào lúc 19h 30 ngày …", "7h30, ngày …": the hour before the day. */
const TIME_BEFORE = String.raw`(?:(?:(?:vào )?lúc )?\d{1,2} ?(?:giờ|h)(?: ?\d{1,2})?(?: phút)?,? )?`
const OPENING = DAY_FORMS.map(
  (form) =>
    new RegExp(
      `(?:^|[.;] |^\\p{Lu}[\\p{L} ]{1,30} [-–] )(?:(?:vừa qua|mới đây),? )?${TIME_BEFORE}(?:(?:thời gian: )?(?:hôm nay,? |vào |trong (?:(?:\\d+|hai|ba) )?|từ )?ngày (?:mùng |mồng )?|hôm (?:nay|qua) \\()${form}`,
      'iu',
    ),
)
/**
 * Days spelt as a span inside a sentence are the event's own: "… năm 2023 trong các ngày 20 và
 * 21/3/2023; …", "… trong hai ngày 9 và 10-6", "Lễ kỷ niệm … (từ ngày 15 - 17/9)". A single day
 * inside a sentence ("ban hành ngày 02/3/2022") may be any document's, so it is not read.
 */
const SPAN_INSIDE = DAY_FORMS.map(
  (form) => new RegExp(`(?<!\\p{L})(?:trong (?:các|hai|ba|\\d+) ngày |\\(từ ngày )${form}`, 'iu'),
)
/**
 * A day set off by commas before the clause it times: "Với mục đích như vậy, ngày 29/11/2023, Chi
 * bộ … tổ chức Hội nghị". A document's day is not set off ("Kế hoạch số 5 ngày 3/5 của …").
 */
const SET_OFF = DAY_FORMS.map(
  (form) => new RegExp(`, (?:vào )?ngày (?:mùng |mồng )?${form},`, 'iu'),
)
/** A part of day with no date: "Chiều nay, …", "Sáng qua, …". */
const PART_ALONE = new RegExp(
  `^(?:vào )?${PART_WORD}(?: nay| qua| hôm nay| hôm qua)?(?!\\p{L})`,
  'iu',
)
const YEAR = /(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/g

const firstMatch = (patterns: RegExp[], text: string) =>
  patterns
    .map((pattern) => pattern.exec(text))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => a.index - b.index)[0]

/** "Lúc 14 giờ ngày 2/3": the hour printed before the day. */
const HOUR_BEFORE_DAY = /(?<!\d)(\d{1,2}) ?(?:giờ|h)(?!\p{L})/u
/** Before 11 the morning, before 18 the afternoon (noon is "trưa", read as afternoon), then evening. */
const MORNING_UNTIL = 11
const AFTERNOON_UNTIL = 18
const partOfHour = (hour: string | undefined): PartOfDay | undefined => {
  if (hour === undefined || Number(hour) > 23) return undefined
  if (Number(hour) < MORNING_UNTIL) return 'morning'
  return Number(hour) < AFTERNOON_UNTIL ? 'afternoon' : 'evening'
}

/** The day a line gives for the meeting, as printed. */
export const findPrintedDay = (lead: string): PrintedDay | undefined => {
  const withPart = firstMatch(WITH_PART, lead)
  const match = withPart ?? firstMatch([...OPENING, ...SPAN_INSIDE, ...SET_OFF], lead)
  if (!match) return undefined
  const [day, month, year] = (withPart ? match.slice(2, 5) : match.slice(1, 4)).map((value) =>
    value === undefined ? undefined : Number(value),
  )
  if (!day || !month || month > 12 || day > 31) return undefined
  const partOfDay = withPart
    ? PARTS_OF_DAY[withPart[1].toLowerCase()]
    : partOfHour(HOUR_BEFORE_DAY.exec(match[0])?.[1])
  return { day, month, ...(year ? { year } : {}), ...(partOfDay ? { partOfDay } : {}) }
}

/** "Chiều nay, …": a part of day the lead opens with, though it prints no date. */
export const findPartOfDay = (lead: string): PartOfDay | undefined => {
  const match = PART_ALONE.exec(lead)
  return match ? PARTS_OF_DAY[match[1].toLowerCase()] : undefined
}

const isoDay = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/**
 * "nhiệm kỳ 2020 - 2025": a term, whose congress and first sessions fall in its first year; any
 * other span ("giai đoạn 2010 - 2015") names no year of the meeting. A year printed on its own
 * outranks a term's ("kỳ họp giữa năm 2023, HĐND tỉnh khóa XIX, nhiệm kỳ 2021-2026" is 2023): a
 * term holds five years of sessions.
 */
const TERM = /(?<!\p{L})(?:nhiệm kỳ|khóa|khoá) ((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)/giu
const YEAR_SPAN = /(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)/gu

const yearsNamedIn = (text: string): number[] => {
  const printed = [...text.replace(YEAR_SPAN, '').matchAll(YEAR)].map((match) => Number(match[1]))
  return printed.length > 0 ? printed : [...text.matchAll(TERM)].map((match) => Number(match[1]))
}

const DAY_MS = 86_400_000
/** Notices precede their meeting by days or weeks; reports may follow it by months. */
const NOTICE_DAYS_AHEAD = 31
/**
 * The publish date's year, unless the day would then fall more than a few weeks after
 * publication: then the year before, as a report follows its meeting ("30/12" published
 * 2021-01-02 is 2020-12-30). A day just after publication ("22/8" published 2025-08-20) keeps
 * the year: a notice of a meeting to come. "5/1" published 2021-12-30 is 2022-01-05, likewise.
 */
const yearFromPublishDate = (printed: PrintedDay, publishedAt: string): number => {
  const publishDay = publishedAt.slice(0, 10)
  const year = Number(publishDay.slice(0, 4))
  const daysAhead = (candidate: number) =>
    (Date.parse(isoDay(candidate, printed.month, printed.day)) - Date.parse(publishDay)) / DAY_MS
  if (daysAhead(year + 1) <= NOTICE_DAYS_AHEAD) return year + 1
  return daysAhead(year) <= NOTICE_DAYS_AHEAD ? year : year - 1
}

/**
 * In January and February a meeting may look back on the year before ("tổng kết công tác năm
 * 2022", "kiểm điểm … năm 2022": held in 2023, a year the text does not print) or plan the new
 * one ("triển khai nhiệm vụ năm 2023"). The year it plans is its own; a year it only looks back
 * on is not; a year named otherwise ("Hội nghị lần thứ 5 năm 2023") is taken as its own. What a
 * year is for is read in all the text read for the day; only the title and the lead give the year
 * itself, as the body's years are too often other events'.
 */
const PLANNED_YEAR = /(?:nhiệm vụ|phương hướng|kế hoạch|triển khai)[^.;]{0,60}?năm (\d{4})/gu
const REVIEWED_YEAR = /(?:kiểm điểm|tổng kết|sơ kết|kết quả|đánh giá)[^.;]{0,80}?năm (\d{4})/gu
const yearsMatched = (pattern: RegExp, text: string) =>
  [...text.toLowerCase().matchAll(pattern)].map((match) => Number(match[1]))

type YearContext = { month: number; textRead: string }

const yearNamedIn = (years: number[], { month, textRead }: YearContext): number | undefined => {
  if (years.length === 0) return undefined
  if (month > 2) return Math.min(...years)
  const planned = yearsMatched(PLANNED_YEAR, textRead).filter((year) => years.includes(year))
  if (planned.length > 0) return Math.max(...planned)
  const reviewed = yearsMatched(REVIEWED_YEAR, textRead)
  const own = years.filter((year) => !reviewed.includes(year))
  return own.length > 0 ? Math.max(...own) : undefined
}

const warning = (message: string): ParseWarning => ({ field: 'meeting.date', message })

/** How many body paragraphs after the lead may give the day, when lead and title do not. */
const BODY_LINES_READ = 3

/** The first of the paragraphs read after the lead that gives a day. */
export const findDayParagraph = (body: string[]): string | undefined =>
  body.slice(0, BODY_LINES_READ).find((line) => findPrintedDay(line) !== undefined)

const BODY_WARNING = warning(
  'Ngày họp lấy từ thân bài, không phải sapo (meeting day read from the body, not the lead)',
)

export const parseMeetingDate = ({
  title,
  lead,
  publishedAt,
  body = [],
}: {
  title: string
  lead: string
  publishedAt?: string
  /** The paragraphs after the lead, read when the lead and the title give no day. */
  body?: string[]
}): MeetingDate => {
  const bodyRead = body.slice(0, BODY_LINES_READ)
  const fromLines = findPrintedDay(lead) ?? findPrintedDay(title)
  const dayParagraph = fromLines ? undefined : findDayParagraph(body)
  const fromBody = dayParagraph === undefined ? undefined : findPrintedDay(dayParagraph)
  const printed = fromLines ?? fromBody
  if (!printed) {
    const partOfDay = findPartOfDay(lead)
    return {
      ...(partOfDay ? { partOfDay } : {}),
      isYearInferred: false,
      warnings: [warning('Không tìm thấy ngày họp (no meeting date found)')],
    }
  }
  const isFromBody = fromLines === undefined
  const part = printed.partOfDay ? { partOfDay: printed.partOfDay } : {}
  const dated = (year: number, yearSource: YearSource, found: ParseWarning[]): MeetingDate => {
    const warnings = isFromBody ? [BODY_WARNING, ...found] : found
    const date = isoDay(year, printed.month, printed.day)
    if (!isCalendarDay(date)) {
      return {
        ...part,
        isYearInferred: yearSource !== 'text',
        warnings: [
          warning(
            `Ngày họp ${printed.day}/${printed.month}/${year} không có thật (no such meeting date)`,
          ),
        ],
      }
    }
    return { date, ...part, isYearInferred: yearSource !== 'text', yearSource, warnings }
  }
  if (printed.year) return dated(printed.year, 'text', [])
  if (publishedAt) {
    const year = yearFromPublishDate(printed, publishedAt)
    return dated(year, 'publishedAt', [
      warning(`Năm ${year} được suy ra từ ngày đăng (year inferred from the publish date)`),
    ])
  }
  const context: YearContext = {
    month: printed.month,
    textRead: [title, lead, ...bodyRead].join('\n'),
  }
  const named = [
    { years: yearsNamedIn(title), where: 'tiêu đề', place: 'the title' },
    { years: yearsNamedIn(lead), where: 'sapo', place: 'the lead' },
  ]
  for (const { years, where, place } of named) {
    const year = yearNamedIn(years, context)
    if (year) {
      return dated(year, 'title', [
        warning(
          `Năm ${year} được suy ra từ năm nêu trong ${where} (year inferred from a year named in ${place})`,
        ),
      ])
    }
  }
  return {
    ...part,
    isYearInferred: true,
    warnings: [
      warning(
        `Không xác định được năm của ngày họp ${printed.day}/${printed.month} (the meeting's year could not be inferred)`,
      ),
    ],
  }
}
