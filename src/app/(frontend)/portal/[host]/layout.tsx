import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { SiteFooter } from '@/portal/components/SiteFooter'
import { SiteHeader } from '@/portal/components/SiteHeader'
import { mainContentId } from '@/portal/i18n/localePaths'
import { portalWords } from '@/portal/i18n/words'
import { getSiteLayout } from '@/portal/queries/siteSettings'
import '../../portal.css'

/**
 * No host at build time (the API may not be running then): each host's pages are rendered when a
 * reader first opens them, then served from Next's cache until their queries' tags are
 * revalidated or their revalidate time runs out (src/portal/api/portalQuery.ts).
 */
export const generateStaticParams = (): { host: string }[] => []

export const generateMetadata = async (): Promise<Metadata> => {
  const { settings } = await getSiteLayout()
  const name = settings?.name ?? portalWords.vi.portalName
  return {
    metadataBase: new URL(await portalOrigin()),
    title: { default: name, template: `%s – ${name}` },
    description: settings?.footerText ?? name,
    openGraph: { siteName: name, locale: 'vi_VN', type: 'website' },
  }
}

/** The portal's own root layout, beside the admin's (Payload's website template does the same). */
const PortalLayout = async ({ children }: { children: ReactNode }) => {
  const { settings, categories, languages } = await getSiteLayout()
  return (
    <html lang="vi">
      <body className="portal">
        <SiteHeader
          settings={settings}
          categories={categories}
          languages={languages}
          language="vi"
        />
        <main id={mainContentId.vi} tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} language="vi" />
      </body>
    </html>
  )
}

export default PortalLayout
