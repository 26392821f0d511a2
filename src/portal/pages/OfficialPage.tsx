import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalOrigin } from '../api/portalOrigin'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { JsonLd } from '../components/JsonLd'
import { MediaImage } from '../components/MediaImage'
import { MeetingList } from '../components/MeetingList'
import { formatDay } from '../format'
import { recordAlternates } from './languageAlternates'
import type { SlugProps } from './pageProps'
import { portalPaths } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import { getOfficialPage } from '../queries/officialPage'
import { breadcrumbList } from '../seo/structuredData'

export const officialMetadata = async ({ params, language }: SlugProps): Promise<Metadata> => {
  const { slug } = await params
  const data = await getOfficialPage(slug, language)
  return data
    ? {
        title: data.official.fullName,
        description: data.official.currentTitle ?? undefined,
        alternates: recordAlternates('official', slug, language),
      }
    : {}
}

/**
 * An official: the positions held over time (newest first, titles in `language`) and the
 * meetings chaired or attended.
 */
export const OfficialPage = async ({ params, language }: SlugProps) => {
  const { slug } = await params
  const data = await getOfficialPage(slug, language)
  if (!data) notFound()
  const { official, meetings } = data
  const words = portalWords[language]
  const paths = portalPaths[language]
  const positions = [...(official.positions ?? [])].sort((a, b) =>
    (b.from ?? '').localeCompare(a.from ?? ''),
  )
  const crumbs = [
    { name: words.home, href: paths.home },
    { name: official.fullName, href: paths.official(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} language={language} />
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
          {words.career}
        </h2>
        {positions.length ? (
          <table className="data-table">
            <caption className="visually-hidden">{words.positionsOf(official.fullName)}</caption>
            <thead>
              <tr>
                <th scope="col">{words.position}</th>
                <th scope="col">{words.unit}</th>
                <th scope="col">{words.fromDay}</th>
                <th scope="col">{words.toDay}</th>
              </tr>
            </thead>
            <tbody>
              {positions.map((position) => (
                <tr key={position.id ?? position.title}>
                  <td data-label={words.position}>{position.title}</td>
                  <td data-label={words.unit}>
                    {position.unit ? (
                      <Link href={paths.unit(position.unit.slug ?? '')}>{position.unit.name}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td data-label={words.fromDay}>
                    {position.from ? formatDay(position.from) : '—'}
                  </td>
                  <td data-label={words.toDay}>
                    {position.to ? formatDay(position.to) : words.present}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="empty">{words.noPositions}</p>
        )}
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading" className="section-title">
          {words.officialMeetings}
        </h2>
        <MeetingList meetings={meetings} chairedBy={official.id} language={language} />
      </section>
    </div>
  )
}
