import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalOrigin } from '../api/portalOrigin'
import { ArticleBody } from '../components/ArticleBody'
import { ArticleList } from '../components/ArticleCard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { JsonLd } from '../components/JsonLd'
import { meetingWhen } from '../format'
import { portalPaths, type PortalPaths } from '../i18n/localePaths'
import { meetingTextLang, portalWords } from '../i18n/words'
import { getMeetingPage } from '../queries/meetingPage'
import { breadcrumbList } from '../seo/structuredData'
import type { UnitLink } from '../types'
import { recordAlternates } from './languageAlternates'
import type { SlugProps } from './pageProps'

export const meetingMetadata = async ({ params, language }: SlugProps): Promise<Metadata> => {
  const { slug } = await params
  const data = await getMeetingPage(slug, language)
  return data
    ? { title: data.meeting.title, alternates: recordAlternates('meeting', slug, language) }
    : {}
}

const UnitLinks = ({ units, paths }: { units: UnitLink[]; paths: PortalPaths }) =>
  units.map((unit, i) => (
    <span key={unit.id}>
      {i ? '; ' : ''}
      <Link href={paths.unit(unit.slug ?? '')}>{unit.name}</Link>
    </span>
  ))

/**
 * A meeting: when, where, who chaired it with the title held that day, who attended, the news,
 * in `language` (names and titles in it; the meeting's own text is Vietnamese).
 */
export const MeetingPage = async ({ params, language }: SlugProps) => {
  const { slug } = await params
  const data = await getMeetingPage(slug, language)
  if (!data) notFound()
  const { meeting, articles, attendingTitles } = data
  const words = portalWords[language]
  const paths = portalPaths[language]
  const textLang = meetingTextLang(language)
  const crumbs = [
    { name: words.home, href: paths.home },
    { name: words.meetings, href: paths.meeting(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} language={language} />
      <JsonLd
        data={breadcrumbList(
          [...crumbs.slice(0, 1), { name: meeting.title, href: paths.meeting(slug) }],
          await portalOrigin(),
        )}
      />
      <h1 className="page-title" lang={textLang}>
        {meeting.title}
      </h1>
      <dl className="facts">
        <dt>{words.when}</dt>
        <dd>{meetingWhen(meeting.startsAt, meeting.partOfDay, language)}</dd>
        {meeting.place ? (
          <>
            <dt>{words.place}</dt>
            <dd lang={textLang}>{meeting.place}</dd>
          </>
        ) : null}
        {meeting.hostUnits?.length ? (
          <>
            <dt>{words.hostUnits}</dt>
            <dd>
              <UnitLinks units={meeting.hostUnits} paths={paths} />
            </dd>
          </>
        ) : null}
        {meeting.chair ? (
          <>
            <dt>{words.chair}</dt>
            <dd>
              {words.comrade ? `${words.comrade} ` : ''}
              <Link href={paths.official(meeting.chair.slug ?? '')}>{meeting.chair.fullName}</Link>
              {meeting.chairTitle ? ` – ${meeting.chairTitle}` : ''}
            </dd>
          </>
        ) : null}
        {meeting.attendingOfficials?.length ? (
          <>
            <dt>{words.attendingOfficials}</dt>
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
            <dt>{words.attendingUnits}</dt>
            <dd>
              <UnitLinks units={meeting.attendingUnits} paths={paths} />
            </dd>
          </>
        ) : null}
      </dl>
      {meeting.conclusions ? (
        <section aria-labelledby="conclusions-heading">
          <h2 id="conclusions-heading" className="section-title">
            {words.conclusions}
          </h2>
          <div lang={textLang}>
            <ArticleBody body={meeting.conclusions} />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="meeting-articles-heading">
        <h2 id="meeting-articles-heading" className="section-title">
          {words.meetingArticles}
        </h2>
        <ArticleList
          articles={articles}
          headingLevel={3}
          hrefOf={paths.article}
          empty={words.noMeetingArticles}
        />
      </section>
    </div>
  )
}
