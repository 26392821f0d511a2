import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalDateTime } from '../lib/portalDateTime'
import { vietnamClock } from '../lib/vietnamTime'
import { portalWords } from './i18n/words'

/** "8,093": the view count as the sample articles print it (comma thousands). */
export const formatViews = (views: number | null | undefined): string =>
  (views ?? 0).toLocaleString('en-US')

const pad = (value: number) => String(value).padStart(2, '0')

/** "30/12/2020" in Vietnam's time. */
export const formatDay = (instant: string): string => {
  const local = vietnamClock(instant)
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`
}

/** "2020-12-30" (a calendar day) as "30/12/2020". */
export const formatCalendarDay = (day: string): string => day.split('-').reverse().join('/')

/** The header's date line: "Thứ 5, 23/05/2024, 06:13 [GMT+7]" ("Thursday, …" in English). */
export const headerDateLine = (now: Date, language: SiteLanguage = 'vi'): string => {
  const [day, time] = portalDateTime(now, language).split(' | ')
  return `${day}, ${time.slice(0, 5)} [GMT+7]`
}

/** An instant as ISO 8601 with Vietnam's offset: "2020-12-30T18:45:37+07:00". */
export const vietnamIso = (instant: string): string =>
  `${vietnamClock(instant).toISOString().slice(0, 19)}+07:00`

/**
 * "Sáng 24/06/2022 lúc 08:30": the way reports name a meeting's time; in English "Morning of
 * 24/06/2022 at 08:30".
 */
export const meetingWhen = (
  startsAt: string | null | undefined,
  partOfDay?: string | null,
  language: SiteLanguage = 'vi',
) => {
  const words = portalWords[language]
  if (!startsAt) return words.unknownTime
  const local = vietnamClock(startsAt)
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
  // Midnight is a meeting whose day alone is known.
  return [
    partOfDay && words.partsOfDay[partOfDay],
    formatDay(startsAt),
    time !== '00:00' && words.atTime(time),
  ]
    .filter(Boolean)
    .join(' ')
}
