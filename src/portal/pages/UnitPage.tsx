import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalOrigin } from '../api/portalOrigin'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { JsonLd } from '../components/JsonLd'
import { MeetingList } from '../components/MeetingList'
import { formatDay } from '../format'
import { portalPaths } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import { getUnitPage, type UnitPage as UnitRecord } from '../queries/unitPage'
import { breadcrumbList } from '../seo/structuredData'
import type { UnitLink } from '../types'
import { recordAlternates } from './languageAlternates'
import type { SlugProps } from './pageProps'

export const unitMetadata = async ({ params, language }: SlugProps): Promise<Metadata> => {
  const { slug } = await params
  const data = await getUnitPage(slug, language)
  return data ? { title: data.unit.name, alternates: recordAlternates('unit', slug, language) } : {}
}

/** The units above this one, the highest first. */
const ancestorsOf = (unit: UnitRecord): UnitLink[] => {
  const chain: UnitLink[] = []
  for (let parent = unit.parent; parent; parent = parent.parent) chain.unshift(parent)
  return chain
}

/**
 * A unit: where it sits in the hierarchy, its sub-units, its officials and its meetings, names
 * in `language` (Vietnamese where none was written).
 */
export const UnitPage = async ({ params, language }: SlugProps) => {
  const { slug } = await params
  const data = await getUnitPage(slug, language)
  if (!data) notFound()
  const { unit, children, officials, meetings } = data
  const words = portalWords[language]
  const paths = portalPaths[language]
  const crumbs = [
    { name: words.home, href: paths.home },
    ...ancestorsOf(unit).map((ancestor) => ({
      name: ancestor.name,
      href: paths.unit(ancestor.slug ?? ''),
    })),
    { name: unit.name, href: paths.unit(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} language={language} />
      <JsonLd data={breadcrumbList(crumbs, await portalOrigin())} />
      <h1 className="page-title">{unit.name}</h1>
      <dl className="facts">
        {unit.shortName ? (
          <>
            <dt>{words.shortName}</dt>
            <dd>{unit.shortName}</dd>
          </>
        ) : null}
        <dt>{words.parentUnit}</dt>
        <dd>
          {unit.parent ? (
            <Link href={paths.unit(unit.parent.slug ?? '')}>{unit.parent.name}</Link>
          ) : (
            words.topLevel
          )}
        </dd>
        {unit.validFrom || unit.validTo ? (
          <>
            <dt>{words.activePeriod}</dt>
            <dd>
              {[
                unit.validFrom && words.since(formatDay(unit.validFrom)),
                unit.validTo && words.until(formatDay(unit.validTo)),
              ]
                .filter(Boolean)
                .join(' ')}
            </dd>
          </>
        ) : null}
        {unit.successor ? (
          <>
            <dt>{words.successor}</dt>
            <dd>
              <Link href={paths.unit(unit.successor.slug ?? '')}>{unit.successor.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="children-heading">
        <h2 id="children-heading" className="section-title">
          {words.childUnits}
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
          <p className="empty">{words.noChildUnits}</p>
        )}
      </section>
      <section aria-labelledby="officials-heading">
        <h2 id="officials-heading" className="section-title">
          {words.officials}
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
          <p className="empty">{words.noOfficials}</p>
        )}
      </section>
      <section aria-labelledby="unit-meetings-heading">
        <h2 id="unit-meetings-heading" className="section-title">
          {words.unitMeetings}
        </h2>
        <MeetingList meetings={meetings} language={language} />
      </section>
    </div>
  )
}
