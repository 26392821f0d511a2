import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { SiteFooter } from '@/portal/components/SiteFooter'
import { SiteHeader } from '@/portal/components/SiteHeader'
import { mainContentId } from '@/portal/i18n/localePaths'
import { portalWords } from '@/portal/i18n/words'
import { getSiteLayout } from '@/portal/queries/siteSettings'
import '../../../(frontend)/portal.css'

/**
 * No host at build time (the API may not be running then): each host's pages are rendered when a
 * reader first opens them, then served from Next's cache until their queries' tags are
 * revalidated or their revalidate time runs out (src/portal/api/portalQuery.ts).
 */
export const generateStaticParams = (): { host: string }[] => []

export const generateMetadata = async (): Promise<Metadata> => {
  const { settings } = await getSiteLayout('en')
  const name = settings?.name ?? portalWords.en.portalName
  return {
    metadataBase: new URL(await portalOrigin()),
    title: { default: name, template: `%s – ${name}` },
    description: settings?.footerText ?? name,
    openGraph: { siteName: name, locale: 'en_US', type: 'website' },
  }
}

/**
 * The English section's root layout (/en): its own `<html lang="en">`, header and footer, the
 * site settings and categories read with `locale: en` (Vietnamese where no English was written).
 */
const EnglishLayout = async ({ children }: { children: ReactNode }) => {
  const { settings, categories, languages } = await getSiteLayout('en')
  return (
    <html lang="en">
      <body className="portal">
        <SiteHeader
          settings={settings}
          categories={categories}
          languages={languages}
          language="en"
        />
        <main id={mainContentId.en} tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} language="en" />
      </body>
    </html>
  )
}

export default EnglishLayout
