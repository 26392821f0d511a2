import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { isCalendarDay, vietnamDay } from '@/lib/vietnamTime'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { ArticleList } from '../components/ArticleCard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { DayPicker } from '../components/DayPicker'
import { Pagination, pageFrom } from '../components/Pagination'
import { formatCalendarDay } from '../format'
import type { DayPageProps, SearchProps } from './pageProps'
import { dayParameter, pageParameter, portalPaths } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import { getDayPage } from '../queries/dayPage'

export const dayMetadata = async ({ params, language }: DayPageProps): Promise<Metadata> => {
  const { date } = await params
  return isCalendarDay(date)
    ? {
        title: portalWords[language].newsOfDay(formatCalendarDay(date)),
        alternates: {
          canonical: portalPaths[language].day(date),
          languages: { vi: portalPaths.vi.day(date), en: portalPaths.en.day(date) },
        },
      }
    : {}
}

/**
 * "Xem tin theo ngày": one day's articles (Vietnam's day) in `language`, the month's calendar of
 * days with news in that language beside them.
 */
export const DayPage = async ({ params, searchParams, language }: DayPageProps) => {
  const { date } = await params
  if (!isCalendarDay(date)) notFound()
  const words = portalWords[language]
  const paths = portalPaths[language]
  const page = pageFrom((await searchParams)[pageParameter[language]])
  const { articlesByDay, daysWithArticles } = await getDayPage(date, page, language)
  const title = words.newsOfDay(formatCalendarDay(date))
  return (
    <div className="container layout-with-aside">
      <div className="layout-main">
        <Breadcrumbs
          language={language}
          crumbs={[
            { name: words.home, href: paths.home },
            { name: title, href: paths.day(date) },
          ]}
        />
        <h1 className="page-title">{title}</h1>
        <ArticleList
          articles={articlesByDay.docs}
          headingLevel={2}
          hrefOf={paths.article}
          empty={words.noNewsOnDay}
        />
        <Pagination
          language={language}
          page={articlesByDay.page}
          totalPages={articlesByDay.totalPages ?? 1}
          href={(target) => `${paths.day(date)}?${pageParameter[language]}=${target}`}
        />
      </div>
      <aside className="layout-aside">
        <DayPicker
          month={date.slice(0, 7)}
          days={daysWithArticles}
          selected={date}
          language={language}
        />
      </aside>
    </div>
  )
}

/** The day picker's form (`/ngay?ngay=2020-12-30`) lands on that day's archive; no day: today. */
export const dayFormTarget = async ({
  searchParams,
  language,
}: Pick<SearchProps, 'searchParams'> & { language: SiteLanguage }) => {
  const value = (await searchParams)[dayParameter[language]]
  const day = typeof value === 'string' && isCalendarDay(value) ? value : vietnamDay(new Date())
  redirect(portalPaths[language].day(day))
}
