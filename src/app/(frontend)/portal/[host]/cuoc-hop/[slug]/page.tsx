import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { ArticleBody } from '@/portal/components/ArticleBody'
import { ArticleList } from '@/portal/components/ArticleCard'
import { Breadcrumbs } from '@/portal/components/Breadcrumbs'
import { JsonLd } from '@/portal/components/JsonLd'
import { paths } from '@/portal/components/paths'
import { meetingWhen } from '@/portal/format'
import { getMeetingPage } from '@/portal/queries/meetingPage'
import { breadcrumbList } from '@/portal/seo/structuredData'
import type { UnitLink } from '@/portal/types'

type Props = { params: Promise<{ slug: string }> }

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const data = await getMeetingPage(slug)
  return data ? { title: data.meeting.title, alternates: { canonical: paths.meeting(slug) } } : {}
}

const UnitLinks = ({ units }: { units: UnitLink[] }) =>
  units.map((unit, i) => (
    <span key={unit.id}>
      {i ? '; ' : ''}
      <Link href={paths.unit(unit.slug ?? '')}>{unit.name}</Link>
    </span>
  ))

/** A meeting: when, where, who chaired it with the title held that day, who attended, the news. */
const MeetingPage = async ({ params }: Props) => {
  const { slug } = await params
  const data = await getMeetingPage(slug)
  if (!data) notFound()
  const { meeting, articles, attendingTitles } = data
  const crumbs = [
    { name: 'Trang chủ', href: paths.home },
    { name: 'Cuộc họp, hội nghị', href: paths.meeting(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} />
      <JsonLd
        data={breadcrumbList(
          [...crumbs.slice(0, 1), { name: meeting.title, href: paths.meeting(slug) }],
          await portalOrigin(),
        )}
      />
      <h1 className="page-title">{meeting.title}</h1>
      <dl className="facts">
        <dt>Thời gian</dt>
        <dd>{meetingWhen(meeting.startsAt, meeting.partOfDay)}</dd>
        {meeting.place ? (
          <>
            <dt>Địa điểm</dt>
            <dd>{meeting.place}</dd>
          </>
        ) : null}
        {meeting.hostUnits?.length ? (
          <>
            <dt>Đơn vị tổ chức</dt>
            <dd>
              <UnitLinks units={meeting.hostUnits} />
            </dd>
          </>
        ) : null}
        {meeting.chair ? (
          <>
            <dt>Chủ trì</dt>
            <dd>
              Đồng chí{' '}
              <Link href={paths.official(meeting.chair.slug ?? '')}>{meeting.chair.fullName}</Link>
              {meeting.chairTitle ? ` – ${meeting.chairTitle}` : ''}
            </dd>
          </>
        ) : null}
        {meeting.attendingOfficials?.length ? (
          <>
            <dt>Cán bộ dự họp</dt>
            <dd>
              <ul className="plain-list">
                {meeting.attendingOfficials.map((official, i) => (
                  <li key={official.id}>
                    <Link href={paths.official(official.slug ?? '')}>{official.fullName}</Link>
                    {attendingTitles[i] ? ` – ${attendingTitles[i]}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {meeting.attendingUnits?.length ? (
          <>
            <dt>Đơn vị dự họp</dt>
            <dd>
              <UnitLinks units={meeting.attendingUnits} />
            </dd>
          </>
        ) : null}
      </dl>
      {meeting.conclusions ? (
        <section aria-labelledby="conclusions-heading">
          <h2 id="conclusions-heading" className="section-title">
            Kết luận
          </h2>
          <ArticleBody body={meeting.conclusions} />
        </section>
      ) : null}
      <section aria-labelledby="meeting-articles-heading">
        <h2 id="meeting-articles-heading" className="section-title">
          Tin bài về cuộc họp
        </h2>
        <ArticleList
          articles={articles}
          headingLevel={3}
          empty="Chưa có tin bài về cuộc họp này."
        />
      </section>
    </div>
  )
}

export default MeetingPage
