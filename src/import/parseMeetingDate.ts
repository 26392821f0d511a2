import { isCalendarDay, type PartOfDay } from '../lib/vietnamTime'
import type { ParseWarning, YearSource } from './parsedArticle'

/**
 * The meeting's day from the lead: "Sáng ngày 24/6/2022", "Chiều ngày 30/12", "Tối 5/3", or a
 * lead opening with "Ngày 24/6/2022". A date elsewhere ("Tính đến ngày 28/11/2020") is not the
 * meeting's.
 *
 * A day without a year gets one, in this order:
 * 1. the publish date's year, or the year before when the day would fall after publication
 *    (a report is published after its meeting): 30/12 published 2020-12-30 → 2020;
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

const PARTS_OF_DAY: Record<string, PartOfDay> = {
  sáng: 'morning',
  chiều: 'afternoon',
  tối: 'evening',
}
const DAY_MONTH_YEAR = String.raw`(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])`
const AFTER_PART_OF_DAY = new RegExp(
  `(?<!\\p{L})(sáng|chiều|tối)(?: nay)?,? (?:ngày |hôm nay |\\()?${DAY_MONTH_YEAR}`,
  'iu',
)
const OPENING_DATE = new RegExp(`^(?:hôm nay,? )?ngày ${DAY_MONTH_YEAR}`, 'iu')
const YEAR = /(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/g

/** The day the lead gives for the meeting, as printed. */
export const findPrintedDay = (lead: string): PrintedDay | undefined => {
  const withPart = AFTER_PART_OF_DAY.exec(lead)
  const match = withPart ?? OPENING_DATE.exec(lead)
  if (!match) return undefined
  const [day, month, year] = (withPart ? match.slice(2, 5) : match.slice(1, 4)).map((value) =>
    value === undefined ? undefined : Number(value),
  )
  if (!day || !month || month > 12 || day > 31) return undefined
  return {
    day,
    month,
    ...(year ? { year } : {}),
    ...(withPart ? { partOfDay: PARTS_OF_DAY[withPart[1].toLowerCase()] } : {}),
  }
}

const isoDay = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

const yearsNamedIn = (text: string): number[] =>
  [...text.matchAll(YEAR)].map((match) => Number(match[1]))

const yearFromPublishDate = (printed: PrintedDay, publishedAt: string): number => {
  const publishDay = publishedAt.slice(0, 10)
  const year = Number(publishDay.slice(0, 4))
  return isoDay(year, printed.month, printed.day) <= publishDay ? year : year - 1
}

const yearNamedIn = (text: string, month: number): number | undefined => {
  const years = yearsNamedIn(text)
  if (years.length === 0) return undefined
  return month <= 2 ? Math.max(...years) : Math.min(...years)
}

const warning = (message: string): ParseWarning => ({ field: 'meeting.date', message })

export const parseMeetingDate = ({
  title,
  lead,
  publishedAt,
}: {
  title: string
  lead: string
  publishedAt?: string
}): MeetingDate => {
  const printed = findPrintedDay(lead)
  if (!printed) {
    return {
      isYearInferred: false,
      warnings: [warning('Không tìm thấy ngày họp (no meeting date found)')],
    }
  }
  const part = printed.partOfDay ? { partOfDay: printed.partOfDay } : {}
  const dated = (year: number, yearSource: YearSource, warnings: ParseWarning[]): MeetingDate => {
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
  const fromTitle = yearNamedIn(title, printed.month)
  if (fromTitle) {
    return dated(fromTitle, 'title', [
      warning(
        `Năm ${fromTitle} được suy ra từ năm nêu trong tiêu đề (year inferred from a year named in the title)`,
      ),
    ])
  }
  const fromLead = yearNamedIn(lead, printed.month)
  if (fromLead) {
    return dated(fromLead, 'title', [
      warning(
        `Năm ${fromLead} được suy ra từ năm nêu trong sapo (year inferred from a year named in the lead)`,
      ),
    ])
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
