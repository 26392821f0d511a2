import { cache } from 'react'

import { vietnamDay } from '@/lib/vietnamTime'
import type { Meeting } from '@/payload-types'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { ArticleListItem, MeetingListItem, OfficialLink, UnitLink } from '../types'
import { articleListFragment, meetingListFragment } from './fragments'

export type MeetingPage = MeetingListItem &
  Pick<Meeting, 'conclusions'> & {
    hostUnits: UnitLink[] | null
    attendingOfficials: OfficialLink[] | null
    attendingUnits: UnitLink[] | null
  }

const meetingQuery = /* GraphQL */ `
  ${meetingListFragment}
  query Meeting($slug: String!) {
    Meetings(where: { slug: { equals: $slug } }, limit: 1) {
      docs {
        ...MeetingListItem
        hostUnits {
          id
          name
          shortName
          slug
        }
        attendingOfficials {
          id
          fullName
          slug
        }
        attendingUnits {
          id
          name
          shortName
          slug
        }
        conclusions
      }
    }
  }
`

/** Its articles, and each attending official's title on the meeting's day (aliases `o0`, `o1`…). */
const meetingDetailsQuery = (officials: number) => /* GraphQL */ `
  ${articleListFragment}
  query MeetingDetails($id: JSON!${officials ? ', $date: String' : ''}${Array.from({ length: officials }, (_, i) => `, $o${i}: ID!`).join('')}) {
    Articles(where: { meeting: { equals: $id } }, sort: "-publishedAt", limit: 20) {
      docs { ...ArticleListItem }
    }
    ${Array.from({ length: officials }, (_, i) => `o${i}: officialTitle(id: $o${i}, date: $date) { title }`).join('\n')}
  }
`

/**
 * A meeting: when, where, the chair with the title held that day, who attended (with their
 * titles that day), and the articles about it; null when there is no such meeting.
 */
export const getMeetingPage = cache(async (slug: string) => {
  const tags = [cacheTags.meeting(slug), cacheTags.reference, cacheTags.articles]
  const { Meetings } = await portalQuery<{ Meetings: { docs: MeetingPage[] } }>({
    query: meetingQuery,
    variables: { slug },
    tags,
  })
  const meeting = Meetings.docs[0]
  if (!meeting) return null
  const officials = meeting.attendingOfficials ?? []
  const day = meeting.startsAt ? vietnamDay(meeting.startsAt) : undefined
  const details = await portalQuery<
    { Articles: { docs: ArticleListItem[] } } & Record<string, { title: string | null } | null>
  >({
    query: meetingDetailsQuery(officials.length),
    variables: {
      id: meeting.id,
      ...(officials.length ? { date: day } : {}),
      ...Object.fromEntries(officials.map((official, i) => [`o${i}`, official.id])),
    },
    tags,
  })
  return {
    meeting,
    articles: (details.Articles as { docs: ArticleListItem[] }).docs,
    attendingTitles: officials.map(
      (_, i) => (details[`o${i}`] as { title: string | null } | null)?.title ?? null,
    ),
  }
})
