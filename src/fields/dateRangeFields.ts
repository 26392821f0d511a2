import type { DateField, Validate } from 'payload'

type Label = { vi: string; en: string }

type DateRangeFieldsOptions = {
  from: { name: string; label: Label }
  to: { name: string; label: Label }
}

const isValidDate = (value: unknown): boolean => !Number.isNaN(new Date(value as string).getTime())

const validDate: Validate = (value) =>
  !value || isValidDate(value) ? true : 'Ngày không hợp lệ (not a valid date).'

/** Refuses an end before its start. */
const endNotBeforeStart =
  (startField: string): Validate =>
  (value, options) => {
    const start = (options.siblingData as Record<string, unknown>)[startField]
    if (value && !isValidDate(value)) return validDate(value, options)
    if (value && start && new Date(value as string) < new Date(start as string)) {
      return 'Ngày kết thúc không được trước ngày bắt đầu (the end date must not be before the start date).'
    }
    return true
  }

const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

/** A "từ ngày … đến ngày …" pair of day-only dates; either end may stay open. */
export const dateRangeFields = ({ from, to }: DateRangeFieldsOptions): DateField[] => [
  { name: from.name, type: 'date', label: from.label, admin: dayOnly, validate: validDate },
  {
    name: to.name,
    type: 'date',
    label: to.label,
    admin: dayOnly,
    validate: endNotBeforeStart(from.name),
  },
]
