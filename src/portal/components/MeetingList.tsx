import Link from 'next/link'

import { meetingWhen } from '../format'
import type { MeetingListItem } from '../types'
import { paths } from './paths'

/** Meetings, newest first, each with its time, place and (optionally) who chaired it. */
export const MeetingList = ({
  meetings,
  chairedBy,
}: {
  meetings: MeetingListItem[]
  /** An official's id: their meetings are marked "Chủ trì" or "Dự họp". */
  chairedBy?: string
}) =>
  meetings.length ? (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <h3 className="meeting-list__title">
            <Link href={paths.meeting(meeting.slug ?? '')}>{meeting.title}</Link>
          </h3>
          <p className="meeting-list__meta">
            {meetingWhen(meeting.startsAt, meeting.partOfDay)}
            {meeting.place ? ` · ${meeting.place}` : ''}
            {chairedBy ? (
              <span className="tag">{meeting.chair?.id === chairedBy ? 'Chủ trì' : 'Dự họp'}</span>
            ) : meeting.chair ? (
              ` · Chủ trì: ${meeting.chair.fullName}`
            ) : (
              ''
            )}
          </p>
        </li>
      ))}
    </ul>
  ) : (
    <p className="empty">Chưa có cuộc họp nào.</p>
  )
