'use client'

import { useFormFields } from '@payloadcms/ui'

import { meetingWhen } from '@/lib/meetingWhen'
import type { Meeting } from '@/payload-types'

/**
 * Under the start time, the meeting's time as the newsroom reads it: "24/06/2022 (Sáng)" when
 * only the day and part of day are known, instead of the picker's "24/06/2022 00:00".
 */
export const MeetingWhenDescription = () => {
  const startsAt = useFormFields(([fields]) => fields.startsAt?.value) as Meeting['startsAt']
  const partOfDay = useFormFields(([fields]) => fields.partOfDay?.value) as Meeting['partOfDay']
  const when = meetingWhen(startsAt, partOfDay)
  return when ? (
    <div className="field-description meeting-when">
      <strong>{when}</strong>
    </div>
  ) : null
}
