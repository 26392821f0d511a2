/**
 * The plugin's clock: Vietnam keeps UTC+7 all year (no daylight saving), so plain arithmetic is
 * exact. The plugin stands alone, so it keeps this one clock of its own rather than the app's.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 86_400_000

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** An instant shifted so that its UTC fields read as a Vietnamese wall clock. */
const vietnamClock = (instant: Date | string | number): Date =>
  new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS)

/** True for a real calendar day written YYYY-MM-DD (rejects 2022-02-30). */
export const isCalendarDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  DAY_PATTERN.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

/** The instant a Vietnamese calendar day (YYYY-MM-DD) starts, as ISO. */
export const vietnamDayStart = (day: string): string =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() - VIETNAM_OFFSET_MS).toISOString()

/** The instant after a Vietnamese calendar day (YYYY-MM-DD) ends, as ISO. */
export const vietnamDayEnd = (day: string): string =>
  new Date(new Date(vietnamDayStart(day)).getTime() + DAY_MS).toISOString()

/** YYYY-MM of an instant in Vietnam. */
export const vietnamMonth = (instant: string): string =>
  vietnamClock(instant).toISOString().slice(0, 7)

/** The first and last day (YYYY-MM-DD) of the current month in Vietnam. */
export const currentVietnamMonth = (now = new Date()): { from: string; to: string } => {
  const today = vietnamClock(now)
  const lastDay = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0),
  ).getUTCDate()
  const prefix = today.toISOString().slice(0, 7)
  return { from: `${prefix}-01`, to: `${prefix}-${String(lastDay).padStart(2, '0')}` }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** `dd/MM/yyyy HH:mm` in Vietnam's time; '' for what is not an instant. */
export const formatVietnamTime = (instant: string | number | Date): string => {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return ''
  const local = vietnamClock(date)
  const [year, month, day] = local.toISOString().slice(0, 10).split('-')
  return `${day}/${month}/${year} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
}
