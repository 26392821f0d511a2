import type { SiteLanguage } from '@/sites/siteLanguages'

import { paths } from '../components/paths'

/**
 * The English section's paths, under /en (README "Languages"): the home page, a category, an
 * article, a day's archive, search, a meeting, an official and a unit. The Vietnamese portal
 * keeps its own (components/paths.ts).
 */
export const englishPaths = {
  home: '/en',
  article: (slug: string) => `/en/news/${slug}`,
  category: (slug: string, page = 1) =>
    page > 1 ? `/en/category/${slug}?page=${page}` : `/en/category/${slug}`,
  day: (date: string) => `/en/day/${date}`,
  /** Today's archive (a redirect), as the header's "News by day" links it. */
  dayIndex: '/en/day',
  searchForm: '/en/search',
  search: (q: string, page = 1) =>
    `/en/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}`,
  meeting: (slug: string) => `/en/meeting/${slug}`,
  official: (slug: string) => `/en/official/${slug}`,
  unit: (slug: string) => `/en/unit/${slug}`,
}

/** What both sections link to, so that a page shared by both builds its links in its language. */
export type PortalPaths = typeof englishPaths

/** Each language's paths; the query parameter a page number travels in (`?trang=`, `?page=`). */
export const portalPaths: Record<SiteLanguage, PortalPaths> = { vi: paths, en: englishPaths }

export const pageParameter: Record<SiteLanguage, string> = { vi: 'trang', en: 'page' }

/** The day picker's field, sent to `dayIndex` (`/ngay?ngay=2020-12-30`, `/en/day?date=…`). */
export const dayParameter: Record<SiteLanguage, string> = { vi: 'ngay', en: 'date' }

/** The id of each layout's `<main>`, the header's "skip to main content" target. */
export const mainContentId: Record<SiteLanguage, string> = { vi: 'noi-dung', en: 'content' }

/** An article's page in its language's section. */
export const articlePath = (language: SiteLanguage | null | undefined, slug: string): string =>
  language === 'en' ? englishPaths.article(slug) : paths.article(slug)

/**
 * Payload's GraphQL `where` for the articles of one language. Vietnamese is "not English":
 * `not_equals` also matches an article stored before articles had a language (SQL NULL, a
 * MongoDB document without the field), as src/i18n/readLanguage.ts reads them; one condition,
 * as the public API's `where` checks take it.
 */
export const articlesInLanguageWhere = (language: SiteLanguage) =>
  language === 'en' ? { language: { equals: 'en' } } : { language: { not_equals: 'en' } }
