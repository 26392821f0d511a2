import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { Breadcrumbs } from '@/portal/components/Breadcrumbs'
import { JsonLd } from '@/portal/components/JsonLd'
import { MediaImage } from '@/portal/components/MediaImage'
import { MeetingList } from '@/portal/components/MeetingList'
import { paths } from '@/portal/components/paths'
import { formatDay } from '@/portal/format'
import { getOfficialPage } from '@/portal/queries/officialPage'
import { breadcrumbList } from '@/portal/seo/structuredData'

type Props = { params: Promise<{ slug: string }> }

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const data = await getOfficialPage(slug)
  return data
    ? {
        title: data.official.fullName,
        description: data.official.currentTitle ?? undefined,
        alternates: { canonical: paths.official(slug) },
      }
    : {}
}

/** An official: the positions held over time (newest first) and the meetings chaired or attended. */
const OfficialPage = async ({ params }: Props) => {
  const { slug } = await params
  const data = await getOfficialPage(slug)
  if (!data) notFound()
  const { official, meetings } = data
  const positions = [...(official.positions ?? [])].sort((a, b) =>
    (b.from ?? '').localeCompare(a.from ?? ''),
  )
  const crumbs = [
    { name: 'Trang chủ', href: paths.home },
    { name: official.fullName, href: paths.official(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} />
      <JsonLd data={breadcrumbList(crumbs, await portalOrigin())} />
      <div className="profile">
        {official.photo ? (
          <MediaImage media={official.photo} size="thumbnail" className="profile__photo" />
        ) : null}
        <div>
          <h1 className="page-title">{official.fullName}</h1>
          {official.currentTitle ? <p className="profile__title">{official.currentTitle}</p> : null}
        </div>
      </div>
      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="section-title">
          Quá trình công tác
        </h2>
        {positions.length ? (
          <table className="data-table">
            <caption className="visually-hidden">Các chức vụ của {official.fullName}</caption>
            <thead>
              <tr>
                <th scope="col">Chức vụ</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Từ ngày</th>
                <th scope="col">Đến ngày</th>
              </tr>
            </thead>
            <tbody>
              {positions.map((position) => (
                <tr key={position.id ?? position.title}>
                  <td>{position.title}</td>
                  <td>
                    {position.unit ? (
                      <Link href={paths.unit(position.unit.slug ?? '')}>{position.unit.name}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{position.from ? formatDay(position.from) : '—'}</td>
                  <td>{position.to ? formatDay(position.to) : 'nay'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="empty">Chưa có thông tin chức vụ.</p>
        )}
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading" className="section-title">
          Cuộc họp chủ trì, tham dự
        </h2>
        <MeetingList meetings={meetings} chairedBy={official.id} />
      </section>
    </div>
  )
}

export default OfficialPage
