/**
 * Next's cache tags on the portal's queries. Revalidation (`revalidateTag`) clears them by the
 * same names: an article's own page by its slug, every list of articles at once, a category's
 * page, a meeting, an official, a unit, the site settings.
 */
export const cacheTags = {
  /** Every list of articles: home, categories, days, search, related, meetings' articles. */
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  categories: 'categories',
  category: (slug: string) => `category:${slug}`,
  meeting: (slug: string) => `meeting:${slug}`,
  official: (slug: string) => `official:${slug}`,
  unit: (slug: string) => `unit:${slug}`,
  /** Meetings, officials and units as a whole (lists, names printed on other pages). */
  reference: 'reference',
  siteSettings: 'site-settings',
  /** The sites: which host shows which site, and what each prints. */
  sites: 'sites',
} as const
