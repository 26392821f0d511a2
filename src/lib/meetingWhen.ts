import { vietnamClock, vietnamDay, type PartOfDay } from './vietnamTime'

const PART_OF_DAY_WORDS: Record<PartOfDay, string> = {
  morning: 'Sáng',
  afternoon: 'Chiều',
  evening: 'Tối',
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * When a meeting takes place, as the newsroom says it: "24/06/2022 (Sáng)", or
 * "24/06/2022 08:30 (Sáng)" when the hour is known. A start at midnight, Vietnam's time, is a day
 * whose hour nobody knows (reports say "sáng 24/6"); no meeting starts at 00:00.
 */
export const meetingWhen = (
  startsAt: string | Date | null | undefined,
  partOfDay?: PartOfDay | null,
): string => {
  if (!startsAt) return partOfDay ? PART_OF_DAY_WORDS[partOfDay] : ''
  const clock = vietnamClock(startsAt)
  const day = vietnamDay(startsAt).split('-').reverse().join('/')
  const hasHour = clock.getUTCHours() !== 0 || clock.getUTCMinutes() !== 0
  const time = hasHour ? ` ${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}` : ''
  return `${day}${time}${partOfDay ? ` (${PART_OF_DAY_WORDS[partOfDay]})` : ''}`
}

/** A meeting as the pickers and the document header name it: "24/06/2022 (Sáng) – Hội nghị …". */
export const meetingDisplayTitle = (meeting: {
  title?: string | null
  startsAt?: string | Date | null
  partOfDay?: PartOfDay | null
}): string =>
  [meetingWhen(meeting.startsAt, meeting.partOfDay), meeting.title?.trim()]
    .filter(Boolean)
    .join(' – ')
