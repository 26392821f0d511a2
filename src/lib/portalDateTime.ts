import { vietnamClock } from './vietnamTime'

/** Vietnamese weekday names: Sunday is "Chủ nhật", Monday "Thứ 2" … Saturday "Thứ 7". */
const WEEKDAYS = ['Chủ nhật', 'Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7']

const pad = (value: number) => String(value).padStart(2, '0')

/** An instant as the portal prints it, in Vietnam's time: "Thứ 4, 30/12/2020 | 18:45:37". */
export const portalDateTime = (instant: Date | string): string => {
  const local = vietnamClock(instant)
  const [year, month, day] = local.toISOString().slice(0, 10).split('-')
  const time = [local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()]
    .map(pad)
    .join(':')
  return `${WEEKDAYS[local.getUTCDay()]}, ${day}/${month}/${year} | ${time}`
}
