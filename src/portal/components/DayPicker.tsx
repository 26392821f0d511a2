import Link from 'next/link'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { dayParameter, portalPaths } from '../i18n/localePaths'
import { portalWords, type PortalWords } from '../i18n/words'
import type { DayCount } from '../types'

const monthNameIn = (words: PortalWords) => (month: string) => {
  const [year, number] = month.split('-').map(Number)
  return words.monthName(number, year)
}

const shiftMonth = (month: string, by: number) => {
  const [year, number] = month.split('-').map(Number)
  const date = new Date(Date.UTC(year, number - 1 + by, 1))
  return date.toISOString().slice(0, 7)
}

/**
 * "Xem tin theo ngày": a date field (any day, keyboard and screen reader friendly) and the month's
 * calendar, its days with news linked to their archive.
 */
export const DayPicker = ({
  month,
  days,
  selected,
  headingLevel = 2,
  language = 'vi',
}: {
  /** YYYY-MM */
  month: string
  days: DayCount[]
  /** YYYY-MM-DD */
  selected?: string
  headingLevel?: 2 | 3
  language?: SiteLanguage
}) => {
  const words = portalWords[language]
  const paths = portalPaths[language]
  const monthName = monthNameIn(words)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const counts = new Map(days.map((day) => [day.date, day.count]))
  const [year, number] = month.split('-').map(Number)
  const daysInMonth = new Date(Date.UTC(year, number, 0)).getUTCDate()
  // Monday first, as Vietnamese calendars are (and British ones).
  const offset = (new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 6) % 7
  const cells: (number | null)[] = [
    ...Array.from({ length: offset }, () => null),
    ...Array.from({ length: daysInMonth }, (_, i) => i + 1),
  ]
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, i) =>
    cells.slice(i * 7, i * 7 + 7),
  )
  const previous = shiftMonth(month, -1)
  const next = shiftMonth(month, 1)
  return (
    <section className="day-picker" aria-labelledby="day-picker-heading">
      <Heading id="day-picker-heading" className="section-title">
        {words.dayPicker}
      </Heading>
      <form action={paths.dayIndex} method="get" className="day-picker__form">
        <label htmlFor="day-picker-date">{words.pickDay}</label>
        <input
          id="day-picker-date"
          type="date"
          name={dayParameter[language]}
          required
          defaultValue={selected ?? `${month}-01`}
        />
        <button type="submit">{words.show}</button>
      </form>
      <div className="calendar__nav">
        <Link href={paths.day(`${previous}-01`)} aria-label={words.showMonth(monthName(previous))}>
          ‹
        </Link>
        <span>{monthName(month)}</span>
        <Link href={paths.day(`${next}-01`)} aria-label={words.showMonth(monthName(next))}>
          ›
        </Link>
      </div>
      <table className="calendar">
        <caption className="visually-hidden">{words.daysWithNews(monthName(month))}</caption>
        <thead>
          <tr>
            {words.weekdaysShort.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => {
                if (!day) return <td key={j} />
                const date = `${month}-${String(day).padStart(2, '0')}`
                const count = counts.get(date)
                return (
                  <td key={j} className={date === selected ? 'is-selected' : undefined}>
                    {count ? (
                      <Link
                        href={paths.day(date)}
                        aria-label={words.dayWithNews(`${day}/${number}/${year}`, count)}
                        aria-current={date === selected ? 'date' : undefined}
                      >
                        {day}
                      </Link>
                    ) : (
                      <span>{day}</span>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
