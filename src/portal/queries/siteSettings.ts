import { cache } from 'react'

import type { Site } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { CategoryLink, PortalMedia } from '../types'
import { mediaFragment } from './fragments'

type SiteSettings = NonNullable<Site['settings']>

/** What the portal prints of its site: its name and the settings in force (own or inherited). */
export type PortalSiteSettings = Pick<Site, 'name'> &
  Pick<SiteSettings, 'address' | 'phone' | 'email' | 'footerText' | 'responsibleAgency'> & {
    logo: PortalMedia | null
  }

type PortalSite = Pick<Site, 'name' | 'languages'> & {
  settings: Omit<PortalSiteSettings, 'name'> | null
}

const layoutQuery = /* GraphQL */ `
  ${mediaFragment}
  query SiteLayout($locale: LocaleInputType) {
    currentSite(locale: $locale) {
      name
      languages
      settings {
        address
        phone
        email
        footerText
        responsibleAgency
        logo {
          ...PortalMedia
        }
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

/**
 * What every page's header and footer show in `locale`: the site's name and settings, its top
 * categories, and the languages it publishes in (the header links the others).
 */
export const getSiteLayout = cache(async (locale: SiteLanguage = 'vi') => {
  const data = await portalQuery<{
    currentSite: PortalSite | null
    Categories: { docs: CategoryLink[] }
  }>({
    query: layoutQuery,
    variables: { locale },
    // A site inherits what it leaves empty from the site settings global.
    tags: [cacheTags.sites, cacheTags.siteSettings, cacheTags.categories],
  })
  const site = data.currentSite
  const settings: PortalSiteSettings | null = site
    ? {
        name: site.name,
        address: null,
        phone: null,
        email: null,
        footerText: null,
        responsibleAgency: null,
        logo: null,
        ...site.settings,
      }
    : null
  return { settings, categories: data.Categories.docs, languages: site?.languages ?? [] }
})
