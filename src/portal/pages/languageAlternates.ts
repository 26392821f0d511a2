import type { Metadata } from 'next'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalPaths, type PortalPaths } from '../i18n/localePaths'

type SlugPage = 'meeting' | 'official' | 'unit'

/**
 * The canonical address and hreflang alternates of a page both sections print for the same
 * record (a meeting, an official and a unit keep one slug in both languages).
 */
export const recordAlternates = (
  page: SlugPage,
  slug: string,
  language: SiteLanguage,
): Metadata['alternates'] => {
  const pathOf = (paths: PortalPaths) => paths[page](slug)
  return {
    canonical: pathOf(portalPaths[language]),
    languages: { vi: pathOf(portalPaths.vi), en: pathOf(portalPaths.en) },
  }
}
