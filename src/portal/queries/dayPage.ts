import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { ArticleList, DayCount } from '../types'
import { articleListFragment } from './fragments'

const dayQuery = /* GraphQL */ `
  ${articleListFragment}
  query DayArchive($date: String!, $month: String!, $page: Int, $locale: LocaleInputType) {
    articlesByDay(date: $date, page: $page, limit: 20, locale: $locale) {
      docs {
        ...ArticleListItem
      }
      totalDocs
      totalPages
      page
    }
    daysWithArticles(month: $month, locale: $locale) {
      date
      count
    }
  }
`

/** "Xem tin theo ngày": one Vietnamese day's articles in `locale` and the days of its month with news. */
export const getDayPage = async (date: string, page: number, locale: SiteLanguage = 'vi') =>
  portalQuery<{ articlesByDay: ArticleList; daysWithArticles: DayCount[] }>({
    query: dayQuery,
    variables: { date, month: date.slice(0, 7), page, locale },
    tags: [cacheTags.articles],
  })
