import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { ArticleList } from '../types'
import { articleListFragment } from './fragments'

export const SEARCH_PAGE_SIZE = 10

const searchQuery = /* GraphQL */ `
  ${articleListFragment}
  query Search($q: String!, $page: Int, $limit: Int, $language: String, $locale: LocaleInputType) {
    searchArticles(q: $q, page: $page, limit: $limit, language: $language, locale: $locale) {
      docs {
        ...ArticleListItem
      }
      totalDocs
      page
      limit
    }
  }
`

/**
 * The API's search of one language's articles, names read in that language: Vietnamese accents
 * optional ("bac kan" finds "Bắc Kạn"), English words as English.
 */
export const getSearchPage = async (q: string, page: number, language: SiteLanguage = 'vi') =>
  (
    await portalQuery<{ searchArticles: ArticleList }>({
      query: searchQuery,
      variables: { q, page, limit: SEARCH_PAGE_SIZE, language, locale: language },
      tags: [cacheTags.articles],
    })
  ).searchArticles
