import type { Meeting } from '../payload-types'
import type { SelectOption } from './selectOption'

export type PartOfDay = NonNullable<Meeting['partOfDay']>

/** Sáng, chiều, tối: the part of day a meeting is held in. */
export const partsOfDay: SelectOption<PartOfDay>[] = [
  { value: 'morning', label: { vi: 'Sáng', en: 'Morning' } },
  { value: 'afternoon', label: { vi: 'Chiều', en: 'Afternoon' } },
  { value: 'evening', label: { vi: 'Tối', en: 'Evening' } },
]
