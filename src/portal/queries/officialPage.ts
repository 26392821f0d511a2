import { cache } from 'react'

import type { Official } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { MeetingListItem, PortalMedia, UnitLink } from '../types'
import { mediaFragment, meetingListFragment } from './fragments'

export type OfficialPage = Pick<Official, 'id' | 'fullName' | 'slug' | 'currentTitle'> & {
  photo: PortalMedia | null
  positions:
    | {
        id: string | null
        title: string | null
        unit: UnitLink | null
        from: string | null
        to: string | null
      }[]
    | null
}

const officialQuery = /* GraphQL */ `
  ${mediaFragment}
  query Official($slug: String!, $locale: LocaleInputType) {
    Officials(where: { slug: { equals: $slug } }, limit: 1, locale: $locale) {
      docs {
        id
        fullName
        slug
        currentTitle
        photo {
          ...PortalMedia
        }
        positions {
          id
          title
          from
          to
          unit {
            id
            name
            shortName
            slug
          }
        }
      }
    }
  }
`

const meetingsQuery = /* GraphQL */ `
  ${meetingListFragment}
  query OfficialMeetings($id: ID!, $locale: LocaleInputType) {
    meetingsOfOfficial(id: $id, limit: 50, locale: $locale) {
      docs {
        ...MeetingListItem
      }
      totalDocs
    }
  }
`

/**
 * An official in `locale` (position titles and unit names in it, Vietnamese where none was
 * written): positions over time and the meetings they chaired or attended; null if none.
 */
export const getOfficialPage = cache(async (slug: string, locale: SiteLanguage = 'vi') => {
  const tags = [cacheTags.official(slug), cacheTags.reference]
  const { Officials } = await portalQuery<{ Officials: { docs: OfficialPage[] } }>({
    query: officialQuery,
    variables: { slug, locale },
    tags,
  })
  const official = Officials.docs[0]
  if (!official) return null
  const { meetingsOfOfficial } = await portalQuery<{
    meetingsOfOfficial: { docs: MeetingListItem[]; totalDocs: number }
  }>({ query: meetingsQuery, variables: { id: official.id, locale }, tags })
  return { official, meetings: meetingsOfOfficial.docs }
})
