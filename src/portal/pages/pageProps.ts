import type { SiteLanguage } from '@/sites/siteLanguages'

/** What a page shared by both sections takes: Next's route props and the section's language. */
export type SlugProps = { params: Promise<{ slug: string }>; language: SiteLanguage }

export type SearchProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
  language: SiteLanguage
}

export type CategoryPageProps = SlugProps & Pick<SearchProps, 'searchParams'>

export type DayPageProps = Omit<SlugProps, 'params'> &
  Pick<SearchProps, 'searchParams'> & { params: Promise<{ date: string }> }
