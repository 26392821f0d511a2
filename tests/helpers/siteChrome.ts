import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { SiteFooter } from '@/portal/components/SiteFooter'
import { SiteHeader } from '@/portal/components/SiteHeader'
import { getSiteLayout } from '@/portal/queries/siteSettings'
import type { SiteLanguage } from '@/sites/siteLanguages'

/**
 * The portal's header and footer as HTML, and the categories they list, from what the layout reads
 * over HTTP from the API (PORTAL_API_URL): outside a reader's request, for the installation's
 * first site.
 */
export const renderSiteChrome = async (language: SiteLanguage = 'vi') => {
  const { settings, categories, languages } = await getSiteLayout(language)
  const html = renderToStaticMarkup(
    createElement('div', null, [
      createElement(SiteHeader, { key: 'header', settings, categories, languages, language }),
      createElement(SiteFooter, { key: 'footer', settings, language }),
    ]),
  )
  return { html, categories }
}
