import Link from 'next/link'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { meetingWhen } from '../format'
import { portalPaths } from '../i18n/localePaths'
import { meetingTextLang, portalWords } from '../i18n/words'
import type { MeetingListItem } from '../types'

/** Meetings, newest first, each with its time, place and (optionally) who chaired it. */
export const MeetingList = ({
  meetings,
  chairedBy,
  language = 'vi',
}: {
  meetings: MeetingListItem[]
  /** An official's id: their meetings are marked "Chủ trì" or "Dự họp". */
  chairedBy?: string
  language?: SiteLanguage
}) => {
  const words = portalWords[language]
  const paths = portalPaths[language]
  return meetings.length ? (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <h3 className="meeting-list__title" lang={meetingTextLang(language)}>
            <Link href={paths.meeting(meeting.slug ?? '')}>{meeting.title}</Link>
          </h3>
          <p className="meeting-list__meta">
            {meetingWhen(meeting.startsAt, meeting.partOfDay, language)}
            {meeting.place ? <span lang={meetingTextLang(language)}> · {meeting.place}</span> : ''}
            {chairedBy ? (
              <span className="tag">
                {meeting.chair?.id === chairedBy ? words.chaired : words.attended}
              </span>
            ) : meeting.chair ? (
              ` · ${words.chair}: ${meeting.chair.fullName}`
            ) : (
              ''
            )}
          </p>
        </li>
      ))}
    </ul>
  ) : (
    <p className="empty">{words.noMeetings}</p>
  )
}
