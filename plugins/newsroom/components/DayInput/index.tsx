'use client'

import { DatePicker } from '@payloadcms/ui'

const pad = (value: number) => String(value).padStart(2, '0')

/** `yyyy-MM-dd` as the browser's own day (midnight local), for the picker. */
const toLocalDay = (day: string): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined
}

/** The day picked, as `yyyy-MM-dd`. */
const fromLocalDay = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/**
 * A day as `yyyy-MM-dd`, entered and shown as dd/MM/yyyy whatever the browser's locale (a
 * browser's own `type="date"` reads 12/07/2020 as 12 July or 7 December by locale).
 */
export const DayInput = ({
  id,
  value,
  onChange,
  readOnly,
}: {
  id?: string
  value: string
  onChange: (day: string) => void
  readOnly?: boolean
}) => (
  <DatePicker
    displayFormat="dd/MM/yyyy"
    id={id}
    onChange={(date) => onChange(date ? fromLocalDay(date) : '')}
    pickerAppearance="dayOnly"
    placeholder="dd/MM/yyyy"
    readOnly={readOnly}
    value={toLocalDay(value)}
  />
)
