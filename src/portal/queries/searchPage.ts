import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { ArticleList } from '../types'
import { articleListFragment } from './fragments'

export const SEARCH_PAGE_SIZE = 10

const searchQuery = /* GraphQL */ `
  ${articleListFragment}
  query Search($q: String!, $page: Int, $limit: Int) {
    searchArticles(q: $q, page: $page, limit: $limit) {
      docs {
        ...ArticleListItem
      }
      totalDocs
      page
      limit
    }
  }
`

/** The API's accent-insensitive search: "bac kan" finds "Bắc Kạn". */
export const getSearchPage = async (q: string, page: number) =>
  (
    await portalQuery<{ searchArticles: ArticleList }>({
      query: searchQuery,
      variables: { q, page, limit: SEARCH_PAGE_SIZE },
      tags: [cacheTags.articles],
    })
  ).searchArticles
