import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isCalendarDay } from '@/lib/vietnamTime'
import { ArticleList } from '@/portal/components/ArticleCard'
import { Breadcrumbs } from '@/portal/components/Breadcrumbs'
import { DayPicker } from '@/portal/components/DayPicker'
import { Pagination, pageFrom } from '@/portal/components/Pagination'
import { paths } from '@/portal/components/paths'
import { formatCalendarDay } from '@/portal/format'
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
    ? { title: `Tin ngày ${formatCalendarDay(date)}`, alternates: { canonical: paths.day(date) } }
    : {}
}

/** "Xem tin theo ngày": a Vietnamese day's articles, the month's calendar beside them. */
const DayPage = async ({ params, searchParams }: Props) => {
  const { date } = await params
  if (!isCalendarDay(date)) notFound()
  const page = pageFrom((await searchParams).trang)
  const { articlesByDay, daysWithArticles } = await getDayPage(date, page)
  return (
    <div className="container layout-with-aside">
      <div className="layout-main">
        <Breadcrumbs
          crumbs={[
            { name: 'Trang chủ', href: paths.home },
            { name: `Tin ngày ${formatCalendarDay(date)}`, href: paths.day(date) },
          ]}
        />
        <h1 className="page-title">Tin ngày {formatCalendarDay(date)}</h1>
        <ArticleList
          articles={articlesByDay.docs}
          headingLevel={2}
          empty="Không có tin bài nào trong ngày này."
        />
        <Pagination
          page={articlesByDay.page}
          totalPages={articlesByDay.totalPages ?? 1}
          href={(target) => `${paths.day(date)}?trang=${target}`}
        />
      </div>
      <aside className="layout-aside">
        <DayPicker month={date.slice(0, 7)} days={daysWithArticles} selected={date} />
      </aside>
    </div>
  )
}

export default DayPage
