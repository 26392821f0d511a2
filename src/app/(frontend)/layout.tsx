import type { Metadata } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { SiteFooter } from '@/portal/components/SiteFooter'
import { SiteHeader } from '@/portal/components/SiteHeader'
import { mainContentId } from '@/portal/i18n/localePaths'
import { portalWords } from '@/portal/i18n/words'
import { getSiteLayout } from '@/portal/queries/siteSettings'
import './portal.css'

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
  // Rendered per request, never at build time: the API the pages read may not be running then.
  await connection()
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
