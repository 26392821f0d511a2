import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/idOf'
import { titleAt } from '@/lib/titleAt'
import { vietnamDay } from '@/lib/vietnamTime'
import type { Meeting } from '@/payload-types'

/**
 * Keeps the chair's title as printed on the meeting day, so that a later promotion does not
 * rewrite history. Taken again when the chair or the date changes, unless the editor typed a
 * title of their own in the same save.
 */
export const snapshotChairTitle: CollectionBeforeChangeHook<Meeting> = async ({
  data,
  originalDoc,
  req,
}) => {
  const chair = idOf(data.chair !== undefined ? data.chair : originalDoc?.chair)
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  if (!chair || !startsAt) return data

  const isTitleTypedNow =
    typeof data.chairTitle === 'string' && data.chairTitle !== (originalDoc?.chairTitle ?? '')
  const hasChairOrDayChanged =
    chair !== idOf(originalDoc?.chair) ||
    (originalDoc?.startsAt && vietnamDay(startsAt) !== vietnamDay(originalDoc.startsAt))
  const isTitleMissing = !(data.chairTitle ?? originalDoc?.chairTitle)
  if (isTitleTypedNow || !(hasChairOrDayChanged || isTitleMissing)) return data

  const official = await req.payload.findByID({
    collection: 'officials',
    id: chair,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { positions: true },
  })
  return official
    ? { ...data, chairTitle: titleAt(official.positions ?? [], vietnamDay(startsAt)) }
    : data
}
