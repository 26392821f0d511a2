import type { SiteLanguage } from '@/sites/siteLanguages'

/** What a page shared by both sections takes: Next's route props and the section's language. */
export type SlugProps = { params: Promise<{ slug: string }>; language: SiteLanguage }

export type SearchProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
  language: SiteLanguage
}

/** A category's page number comes from its path (the proxy rewrites `?trang=2` to one). */
export type CategoryPageProps = SlugProps & { page: number }

export type DayPageProps = Omit<SlugProps, 'params'> &
  Pick<SearchProps, 'searchParams'> & { params: Promise<{ date: string }> }
