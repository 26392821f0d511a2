import type { Metadata } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { SiteFooter } from '@/portal/components/SiteFooter'
import { SiteHeader } from '@/portal/components/SiteHeader'
import { mainContentId } from '@/portal/i18n/localePaths'
import { portalWords } from '@/portal/i18n/words'
import { getSiteLayout } from '@/portal/queries/siteSettings'
import '../(frontend)/portal.css'

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
  await connection()
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
