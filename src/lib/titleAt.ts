import type { SiteLanguage } from '@/sites/siteLanguages'

import { vietnamDay } from './vietnamTime'

export type DatedPosition = {
  /** Missing in a locale the title has not been translated into, read without a fallback. */
  title?: string | null
  from?: string | null
  to?: string | null
}

/**
 * The positions held on a Vietnamese calendar day (YYYY-MM-DD). Both ends are inclusive, as in
 * "từ ngày … đến ngày …"; a missing end is open. Days are compared in Vietnam's time so that a
 * date stored at 17:00 UTC counts for the next Vietnamese day.
 */
export const positionsHeldOn = <P extends DatedPosition>(positions: P[], day: string): P[] =>
  positions.filter(
    (position) =>
      (!position.from || vietnamDay(position.from) <= day) &&
      (!position.to || day <= vietnamDay(position.to)),
  )

/**
 * An official's title on a day in the portal's form, the positions in the order the editor keeps
 * them: "Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn". Empty when no
 * position was held that day.
 */
export const titleAt = (positions: DatedPosition[], day: string): string =>
  positionsHeldOn(positions, day)
    .map((position) => position.title?.trim())
    .filter(Boolean)
    .join(', ')

const dayMonthYear = (day: string): string => day.split('-').reverse().join('/')

/** A former official's last titles and the day they ended, in each content language. */
const formerTitle: Record<SiteLanguage, (titles: string, lastDay: string) => string> = {
  vi: (titles, lastDay) => `Nguyên ${titles} (đến ${lastDay})`,
  en: (titles, lastDay) => `Former ${titles} (until ${lastDay})`,
}

/**
 * What to print as someone's title today: the positions held that day, or, for an official who
 * holds none any more, the last ones held, as newspapers write it: "Nguyên Bí thư Tỉnh ủy, Chủ
 * tịch HĐND tỉnh (đến 30/06/2025)", in English "Former … (until 30/06/2025)". Empty when no
 * position ever ended before that day.
 */
export const titleOrLastHeld = (
  positions: DatedPosition[],
  day: string,
  language: SiteLanguage = 'vi',
): string => {
  const held = titleAt(positions, day)
  if (held) return held
  const ended = positions
    .map((position) => position.to && vietnamDay(position.to))
    .filter((end): end is string => Boolean(end) && end! < day)
    .sort()
  const lastDay = ended.at(-1)
  if (!lastDay) return ''
  const titles = titleAt(positions, lastDay)
  return titles ? formerTitle[language](titles, dayMonthYear(lastDay)) : ''
}
