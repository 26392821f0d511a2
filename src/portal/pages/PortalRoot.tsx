import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalOrigin } from '../api/portalOrigin'
import { SiteFooter } from '../components/SiteFooter'
import { SiteHeader } from '../components/SiteHeader'
import { mainContentId } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import { getSiteLayout } from '../queries/siteSettings'

const openGraphLocale: Record<SiteLanguage, string> = { vi: 'vi_VN', en: 'en_US' }

/** A section's name, description and Open Graph defaults, from its site's settings in `language`. */
export const portalRootMetadata = async (language: SiteLanguage): Promise<Metadata> => {
  const { settings } = await getSiteLayout(language)
  const name = settings?.name ?? portalWords[language].portalName
  return {
    metadataBase: new URL(await portalOrigin()),
    title: { default: name, template: `%s – ${name}` },
    description: settings?.footerText ?? name,
    openGraph: { siteName: name, locale: openGraphLocale[language], type: 'website' },
  }
}

/**
 * A section's root layout: its own `<html lang>`, the site's header and footer, with the site's
 * settings and categories read in `language` (Vietnamese where no English was written).
 */
export const PortalRoot = async ({
  children,
  language,
}: {
  children: ReactNode
  language: SiteLanguage
}) => {
  const { settings, categories, languages } = await getSiteLayout(language)
  return (
    <html lang={language}>
      <body className="portal">
        <SiteHeader
          settings={settings}
          categories={categories}
          languages={languages}
          language={language}
        />
        <main id={mainContentId[language]} tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} language={language} />
      </body>
    </html>
  )
}
