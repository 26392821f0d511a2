import { cache } from 'react'

import type { SiteSetting } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { CategoryLink, PortalMedia } from '../types'
import { mediaFragment } from './fragments'

export type PortalSiteSettings = Pick<
  SiteSetting,
  'name' | 'address' | 'phone' | 'email' | 'footerText' | 'responsibleAgency'
> & { logo: PortalMedia | null }

const layoutQuery = /* GraphQL */ `
  ${mediaFragment}
  query SiteLayout($locale: LocaleInputType) {
    SiteSettings(locale: $locale) {
      name
      address
      phone
      email
      footerText
      responsibleAgency
      logo {
        ...PortalMedia
      }
    }
    Categories(where: { parent: { exists: false } }, sort: "name", limit: 12, locale: $locale) {
      docs {
        id
        name
        slug
      }
    }
  }
`

/** What every page's header and footer show in `locale`: the site settings and the top categories. */
export const getSiteLayout = cache(async (locale: SiteLanguage = 'vi') => {
  const data = await portalQuery<{
    SiteSettings: PortalSiteSettings | null
    Categories: { docs: CategoryLink[] }
  }>({
    query: layoutQuery,
    variables: { locale },
    tags: [cacheTags.siteSettings, cacheTags.categories],
  })
  return { settings: data.SiteSettings, categories: data.Categories.docs }
})
