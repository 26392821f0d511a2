import type { CollectionBeforeChangeHook } from 'payload'

import { meetingDisplayTitle } from '@/lib/meetingWhen'
import type { Meeting } from '@/payload-types'

/**
 * Pickers and the document header show a meeting by `displayTitle`, with its day and part of day:
 * two meetings named "Hội nghị kiểm điểm" are told apart by when they met. Stored (Payload cannot
 * use a virtual field as the title), rewritten on every save, after the part of day is filled.
 */
export const fillDisplayTitle: CollectionBeforeChangeHook<Meeting> = ({ data, originalDoc }) => ({
  ...data,
  displayTitle: meetingDisplayTitle({
    title: data.title ?? originalDoc?.title,
    startsAt: data.startsAt === undefined ? originalDoc?.startsAt : data.startsAt,
    partOfDay: data.partOfDay === undefined ? originalDoc?.partOfDay : data.partOfDay,
  }),
})
