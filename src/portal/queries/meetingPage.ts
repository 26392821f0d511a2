import { cache } from 'react'

import { vietnamDay } from '@/lib/vietnamTime'
import type { Meeting } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import { articlesInLanguageWhere } from '../i18n/localePaths'
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
  query Meeting($slug: String!, $locale: LocaleInputType) {
    Meetings(where: { slug: { equals: $slug } }, limit: 1, locale: $locale) {
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

/**
 * Its articles in one language, and the titles held on the meeting's day by each attending
 * official (aliases `o0`, `o1`…) and, outside Vietnamese, by the chair (`chair`): the stored
 * `chairTitle` is the Vietnamese snapshot.
 */
const meetingDetailsQuery = (officials: number, hasChair: boolean) => /* GraphQL */ `
  ${articleListFragment}
  query MeetingDetails($where: Article_where, $locale: LocaleInputType${officials || hasChair ? ', $date: String' : ''}${hasChair ? ', $chair: ID!' : ''}${Array.from({ length: officials }, (_, i) => `, $o${i}: ID!`).join('')}) {
    Articles(where: $where, sort: "-publishedAt", limit: 20, locale: $locale) {
      docs { ...ArticleListItem }
    }
    ${hasChair ? 'chair: officialTitle(id: $chair, date: $date) { title }' : ''}
    ${Array.from({ length: officials }, (_, i) => `o${i}: officialTitle(id: $o${i}, date: $date) { title }`).join('\n')}
  }
`

type TitleAnswer = { title: string | null } | null

/**
 * A meeting in `locale`: when, where, the chair with the title held that day, who attended (with
 * their titles that day, in that locale, Vietnamese where none was written), and the articles
 * about it in that language; null when there is no such meeting.
 */
export const getMeetingPage = cache(async (slug: string, locale: SiteLanguage = 'vi') => {
  const tags = [cacheTags.meeting(slug), cacheTags.reference, cacheTags.articles]
  const { Meetings } = await portalQuery<{ Meetings: { docs: MeetingPage[] } }>({
    query: meetingQuery,
    variables: { slug, locale },
    tags,
  })
  const meeting = Meetings.docs[0]
  if (!meeting) return null
  const officials = meeting.attendingOfficials ?? []
  const chairId = locale === 'vi' ? undefined : meeting.chair?.id
  const day = meeting.startsAt ? vietnamDay(meeting.startsAt) : undefined
  const details = await portalQuery<
    { Articles: { docs: ArticleListItem[] } } & Record<string, TitleAnswer>
  >({
    query: meetingDetailsQuery(officials.length, Boolean(chairId)),
    variables: {
      // Two fields of one `where` are ANDed; the public API's guard refuses GraphQL's `AND`.
      where: { meeting: { equals: meeting.id }, ...articlesInLanguageWhere(locale) },
      locale,
      ...(officials.length || chairId ? { date: day } : {}),
      ...(chairId ? { chair: chairId } : {}),
      ...Object.fromEntries(officials.map((official, i) => [`o${i}`, official.id])),
    },
    tags,
  })
  return {
    meeting: chairId
      ? { ...meeting, chairTitle: (details.chair as TitleAnswer)?.title ?? meeting.chairTitle }
      : meeting,
    articles: (details.Articles as { docs: ArticleListItem[] }).docs,
    attendingTitles: officials.map((_, i) => (details[`o${i}`] as TitleAnswer)?.title ?? null),
  }
})
