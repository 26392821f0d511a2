import type { CollectionBeforeChangeHook } from 'payload'

import { partOfDayAt } from '@/lib/vietnamTime'
import type { Meeting } from '@/payload-types'

/** When the editor gave a time but no part of day, the time decides it (sáng/chiều/tối). */
export const fillPartOfDay: CollectionBeforeChangeHook<Meeting> = ({ data, originalDoc }) => {
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const partOfDay = data.partOfDay ?? originalDoc?.partOfDay
  return startsAt && !partOfDay ? { ...data, partOfDay: partOfDayAt(startsAt) } : data
}
