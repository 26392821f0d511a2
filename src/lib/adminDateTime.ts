import { vietnamClock } from './vietnamTime'

const pad = (value: number) => String(value).padStart(2, '0')

/** An instant as the admin prints dates, in Vietnam's time: "30/12/2020 18:45". */
export const adminDateTime = (instant: Date | string): string => {
  const clock = vietnamClock(instant)
  return `${pad(clock.getUTCDate())}/${pad(clock.getUTCMonth() + 1)}/${clock.getUTCFullYear()} ${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}`
}
