import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { Breadcrumbs } from '@/portal/components/Breadcrumbs'
import { JsonLd } from '@/portal/components/JsonLd'
import { MeetingList } from '@/portal/components/MeetingList'
import { paths } from '@/portal/components/paths'
import { formatDay } from '@/portal/format'
import { getUnitPage, type UnitPage } from '@/portal/queries/unitPage'
import { breadcrumbList } from '@/portal/seo/structuredData'
import type { UnitLink } from '@/portal/types'

type Props = { params: Promise<{ slug: string }> }

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const data = await getUnitPage(slug)
  return data ? { title: data.unit.name, alternates: { canonical: paths.unit(slug) } } : {}
}

/** The units above this one, the highest first. */
const ancestorsOf = (unit: UnitPage): UnitLink[] => {
  const chain: UnitLink[] = []
  for (let parent = unit.parent; parent; parent = parent.parent) chain.unshift(parent)
  return chain
}

/** A unit: where it sits in the hierarchy, its sub-units, its officials and its meetings. */
const UnitRoute = async ({ params }: Props) => {
  const { slug } = await params
  const data = await getUnitPage(slug)
  if (!data) notFound()
  const { unit, children, officials, meetings } = data
  const ancestors = ancestorsOf(unit)
  const crumbs = [
    { name: 'Trang chủ', href: paths.home },
    ...ancestors.map((ancestor) => ({
      name: ancestor.name,
      href: paths.unit(ancestor.slug ?? ''),
    })),
    { name: unit.name, href: paths.unit(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} />
      <JsonLd data={breadcrumbList(crumbs, await portalOrigin())} />
      <h1 className="page-title">{unit.name}</h1>
      <dl className="facts">
        {unit.shortName ? (
          <>
            <dt>Tên viết tắt</dt>
            <dd>{unit.shortName}</dd>
          </>
        ) : null}
        <dt>Trực thuộc</dt>
        <dd>
          {unit.parent ? (
            <Link href={paths.unit(unit.parent.slug ?? '')}>{unit.parent.name}</Link>
          ) : (
            'Cấp cao nhất'
          )}
        </dd>
        {unit.validFrom || unit.validTo ? (
          <>
            <dt>Thời gian hoạt động</dt>
            <dd>
              {unit.validFrom ? `Từ ${formatDay(unit.validFrom)}` : ''}
              {unit.validTo ? ` đến ${formatDay(unit.validTo)}` : ''}
            </dd>
          </>
        ) : null}
        {unit.successor ? (
          <>
            <dt>Hợp nhất, đổi tên thành</dt>
            <dd>
              <Link href={paths.unit(unit.successor.slug ?? '')}>{unit.successor.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="children-heading">
        <h2 id="children-heading" className="section-title">
          Đơn vị trực thuộc
        </h2>
        {children.length ? (
          <ul className="plain-list">
            {children.map((child) => (
              <li key={child.id}>
                <Link href={paths.unit(child.slug ?? '')}>{child.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">Không có đơn vị trực thuộc.</p>
        )}
      </section>
      <section aria-labelledby="officials-heading">
        <h2 id="officials-heading" className="section-title">
          Cán bộ
        </h2>
        {officials.length ? (
          <ul className="plain-list">
            {officials.map((official) => (
              <li key={official.id}>
                <Link href={paths.official(official.slug ?? '')}>{official.fullName}</Link>
                {official.currentTitle ? ` – ${official.currentTitle}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">Chưa có thông tin cán bộ.</p>
        )}
      </section>
      <section aria-labelledby="unit-meetings-heading">
        <h2 id="unit-meetings-heading" className="section-title">
          Cuộc họp tổ chức, tham dự
        </h2>
        <MeetingList meetings={meetings} />
      </section>
    </div>
  )
}

export default UnitRoute
