import { cache } from 'react'

import type { Official, Unit } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { MeetingListItem, UnitLink } from '../types'
import { meetingListFragment } from './fragments'

type Ancestor = UnitLink & { parent: Ancestor | null }

export type UnitPage = UnitLink &
  Pick<Unit, 'kind' | 'level' | 'validFrom' | 'validTo'> & {
    parent: Ancestor | null
    successor: UnitLink | null
  }

export type UnitOfficial = Pick<Official, 'id' | 'fullName' | 'slug' | 'currentTitle'>

const unitQuery = /* GraphQL */ `
  query Unit($slug: String!, $locale: LocaleInputType) {
    Units(where: { slug: { equals: $slug } }, limit: 1, locale: $locale) {
      docs {
        id
        name
        shortName
        slug
        kind
        level
        validFrom
        validTo
        successor {
          id
          name
          shortName
          slug
        }
        parent {
          id
          name
          shortName
          slug
          parent {
            id
            name
            shortName
            slug
            parent {
              id
              name
              shortName
              slug
            }
          }
        }
      }
    }
  }
`

const unitDetailsQuery = /* GraphQL */ `
  ${meetingListFragment}
  query UnitDetails($id: JSON!, $unit: ID!, $locale: LocaleInputType) {
    Units(where: { parent: { equals: $id } }, sort: "name", limit: 50, locale: $locale) {
      docs {
        id
        name
        shortName
        slug
      }
    }
    Officials(
      where: { positions__unit: { equals: $id } }
      sort: "fullName"
      limit: 50
      locale: $locale
    ) {
      docs {
        id
        fullName
        slug
        currentTitle
      }
    }
    meetingsOfUnit(id: $unit, limit: 20, locale: $locale) {
      docs {
        ...MeetingListItem
      }
    }
  }
`

/**
 * A unit in `locale` (names in it, Vietnamese where none was written): its place in the
 * hierarchy, its sub-units, its officials, its meetings; null if none. Unit slugs are shared
 * by both languages.
 */
export const getUnitPage = cache(async (slug: string, locale: SiteLanguage = 'vi') => {
  const tags = [cacheTags.unit(slug), cacheTags.reference]
  const { Units } = await portalQuery<{ Units: { docs: UnitPage[] } }>({
    query: unitQuery,
    variables: { slug, locale },
    tags,
  })
  const unit = Units.docs[0]
  if (!unit) return null
  const details = await portalQuery<{
    Units: { docs: UnitLink[] }
    Officials: { docs: UnitOfficial[] }
    meetingsOfUnit: { docs: MeetingListItem[] }
  }>({ query: unitDetailsQuery, variables: { id: unit.id, unit: unit.id, locale }, tags })
  return {
    unit,
    children: details.Units.docs,
    officials: details.Officials.docs,
    meetings: details.meetingsOfUnit.docs,
  }
})
