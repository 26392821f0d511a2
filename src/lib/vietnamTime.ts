import type { PartOfDay } from '../options/partsOfDay'

// The import helpers' files name it from here (src/import/**).
export type { PartOfDay }

/** Vietnam keeps UTC+7 all year (no daylight saving), so plain arithmetic is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** An instant shifted so that its UTC fields read as a Vietnamese wall clock. */
export const vietnamClock = (instant: Date | string): Date =>
  new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS)

/** The calendar day in Vietnam, as YYYY-MM-DD, of an instant. */
export const vietnamDay = (instant: Date | string): string =>
  vietnamClock(instant).toISOString().slice(0, 10)

/** [start, end) of a Vietnamese calendar day (YYYY-MM-DD) as ISO instants. */
export const vietnamDayRange = (day: string) => {
  const start = new Date(`${day}T00:00:00+07:00`)
  return { start: start.toISOString(), end: new Date(start.getTime() + 86_400_000).toISOString() }
}

/** The hour (0–23) on a Vietnamese clock at an instant. */
export const vietnamHour = (instant: Date | string): number => vietnamClock(instant).getUTCHours()

/** Sáng before noon, chiều until six, tối after: the words Vietnamese reports open with. */
export const partOfDayAt = (instant: Date | string): PartOfDay => {
  const hour = vietnamHour(instant)
  if (hour < 12) return 'morning'
  if (hour < 18) return 'afternoon'
  return 'evening'
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** True for a real calendar day written YYYY-MM-DD (rejects 2022-02-30, 2022-13-01, 2022-00-10). */
export const isCalendarDay = (value: string): boolean => {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false
  // Month 13 or day 00 make no date at all; toISOString() would throw a RangeError on it.
  const day = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
}
