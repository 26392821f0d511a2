import { vietnamClock, vietnamDay } from '../lib/vietnamTime'

const DAY_MS = 86_400_000

/** Monday of the Vietnamese week holding a day (YYYY-MM-DD). */
export const mondayOf = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`)
  const sinceMonday = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10)
}

export const addDays = (day: string, days: number): string =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10)

export type CalendarRange = { days: string[]; from: string; to: string }

/** The days a week view (Monday to Sunday) or a month view (whole weeks) shows, in Vietnam's time. */
export const calendarRange = (view: 'week' | 'month', anchorDay: string): CalendarRange => {
  const firstOfMonth = `${anchorDay.slice(0, 7)}-01`
  const lastOfMonth = addDays(`${addDays(firstOfMonth, 31).slice(0, 7)}-01`, -1)
  const first = mondayOf(view === 'week' ? anchorDay : firstOfMonth)
  const last = addDays(mondayOf(view === 'week' ? anchorDay : lastOfMonth), 6)
  const days: string[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  return {
    days,
    from: new Date(`${first}T00:00:00+07:00`).toISOString(),
    to: new Date(`${addDays(last, 1)}T00:00:00+07:00`).toISOString(),
  }
}

/** Where an instant sits on the calendar: its Vietnamese day, hour and minute. */
export const slotOf = (instant: string): { day: string; hour: number; minute: number } => {
  const clock = vietnamClock(instant)
  return { day: vietnamDay(instant), hour: clock.getUTCHours(), minute: clock.getUTCMinutes() }
}

/** The instant of a Vietnamese day at an hour and minute. */
export const instantAt = (day: string, hour: number, minute: number): string =>
  new Date(
    `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`,
  ).toISOString()
