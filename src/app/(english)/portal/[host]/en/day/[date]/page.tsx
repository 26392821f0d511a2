import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isCalendarDay } from '@/lib/vietnamTime'
import { ArticleList } from '@/portal/components/ArticleCard'
import { pageFrom } from '@/portal/components/Pagination'
import { paths } from '@/portal/components/paths'
import { formatCalendarDay } from '@/portal/format'
import { englishPaths } from '@/portal/i18n/localePaths'
import { getDayPage } from '@/portal/queries/dayPage'

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ date: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { date } = await params
  return isCalendarDay(date)
    ? {
        title: `News of ${formatCalendarDay(date)}`,
        alternates: {
          canonical: englishPaths.day(date),
          languages: { vi: paths.day(date), en: englishPaths.day(date) },
        },
      }
    : {}
}

/** The English articles of one day (Vietnam's), and the month's other days with English news. */
const EnglishDayPage = async ({ params, searchParams }: Props) => {
  const { date } = await params
  if (!isCalendarDay(date)) notFound()
  const page = pageFrom((await searchParams).page)
  const { articlesByDay, daysWithArticles } = await getDayPage(date, page, 'en')
  return (
    <div className="container">
      <h1 className="page-title">News of {formatCalendarDay(date)}</h1>
      <ArticleList
        articles={articlesByDay.docs}
        headingLevel={2}
        hrefOf={englishPaths.article}
        empty="No English news on this day."
      />
      {daysWithArticles.length ? (
        <nav aria-label="Other days this month">
          <ul className="day-links">
            {daysWithArticles.map((day) => (
              <li key={day.date}>
                <Link href={englishPaths.day(day.date)}>
                  {formatCalendarDay(day.date)} ({day.count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}

export default EnglishDayPage
