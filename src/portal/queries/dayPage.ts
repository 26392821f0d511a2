import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { ArticleList, DayCount } from '../types'
import { articleListFragment } from './fragments'

const dayQuery = /* GraphQL */ `
  ${articleListFragment}
  query DayArchive($date: String!, $month: String!, $page: Int) {
    articlesByDay(date: $date, page: $page, limit: 20) {
      docs {
        ...ArticleListItem
      }
      totalDocs
      totalPages
      page
    }
    daysWithArticles(month: $month) {
      date
      count
    }
  }
`

/** "Xem tin theo ngày": one Vietnamese day's articles and the days of its month with news. */
export const getDayPage = async (date: string, page: number) =>
  portalQuery<{ articlesByDay: ArticleList; daysWithArticles: DayCount[] }>({
    query: dayQuery,
    variables: { date, month: date.slice(0, 7), page },
    tags: [cacheTags.articles],
  })
