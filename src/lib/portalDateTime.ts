import type { SiteLanguage } from '@/sites/siteLanguages'

import { vietnamClock } from './vietnamTime'

/**
 * Weekday names, Sunday first: the Vietnamese portal's "Chủ nhật", "Thứ 2" … "Thứ 7", and the
 * English section's names.
 */
const WEEKDAYS: Record<SiteLanguage, string[]> = {
  vi: ['Chủ nhật', 'Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * An instant as the portal prints it, in Vietnam's time: "Thứ 4, 30/12/2020 | 18:45:37", or for
 * an English article "Wednesday, 30/12/2020 | 18:45:37" (the same day-first date and clock).
 */
export const portalDateTime = (instant: Date | string, language: SiteLanguage = 'vi'): string => {
  const local = vietnamClock(instant)
  const [year, month, day] = local.toISOString().slice(0, 10).split('-')
  const time = [local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()]
    .map(pad)
    .join(':')
  return `${WEEKDAYS[language][local.getUTCDay()]}, ${day}/${month}/${year} | ${time}`
}
