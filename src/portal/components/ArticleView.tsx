import Link from 'next/link'
import type { ReactNode } from 'react'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { formatViews } from '../format'
import { portalPaths } from '../i18n/localePaths'
import { meetingTextLang, portalWords } from '../i18n/words'
import type { ArticleListItem, ArticlePage, DayCount } from '../types'
import { ArticleBody, MediaFigure, bodyShowsMedia } from './ArticleBody'
import { ArticleList } from './ArticleCard'
import { ArticleCredit } from './ArticleCredit'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { DayPicker } from './DayPicker'
import { ReaderTools } from './ReaderTools'

/** The trail to an article: home, its parent category, its category, in `language`. */
export const articleCrumbs = (article: ArticlePage, language: SiteLanguage = 'vi'): Crumb[] => {
  const { category } = article
  const paths = portalPaths[language]
  return [
    { name: portalWords[language].home, href: paths.home },
    ...(category?.parent?.slug
      ? [{ name: category.parent.name, href: paths.category(category.parent.slug) }]
      : []),
    ...(category?.slug ? [{ name: category.name, href: paths.category(category.slug) }] : []),
  ]
}

/**
 * An article as the portal prints it: title, "Thứ 4, 30/12/2020 | 18:45:37", "8,093 lượt xem",
 * the lead, the audio, the body with its photos and captions, the byline as the last line; then
 * what it is about, "Tin cùng chuyên mục" and "Xem tin theo ngày". In `language`: an English
 * article with English words and links into the English section. `versions` (the links to the
 * article's other languages) sits in the date line, where a phone reader sees it without a box.
 */
export const ArticleView = ({
  article,
  related,
  month,
  days,
  language = 'vi',
  versions,
}: {
  article: ArticlePage
  related: ArticleListItem[]
  month: string
  days: DayCount[]
  language?: SiteLanguage
  versions?: ReactNode
}) => {
  const words = portalWords[language]
  const paths = portalPaths[language]
  return (
    <div className="container layout-with-aside">
      <div className="layout-main">
        <Breadcrumbs crumbs={articleCrumbs(article, language)} language={language} />
        <article className="article" aria-labelledby="article-title">
          <h1 id="article-title" className="article__title">
            {article.title}
          </h1>
          <div className="article__meta">
            <p>
              {article.publishedAtDisplay ? (
                <time dateTime={article.publishedAt ?? undefined} className="article__date">
                  {article.publishedAtDisplay}
                </time>
              ) : (
                <span className="article__date">{words.notPublished}</span>
              )}
              <span className="article__views">
                {formatViews(article.views)} {words.views}
              </span>
              {versions}
            </p>
            <ReaderTools language={language} />
          </div>
          <div className="article__content">
            {article.lead ? <p className="article__lead">{article.lead}</p> : null}
            {article.audio ? (
              <MediaFigure
                media={article.audio}
                label={words.listenToArticle}
                language={language}
              />
            ) : null}
            {/* The featured photo is the article's photo too when the body places none of it. */}
            {article.featuredImage && !bodyShowsMedia(article.body, article.featuredImage) ? (
              <MediaFigure media={article.featuredImage} language={language} />
            ) : null}
            <ArticleBody body={article.body} language={language} />
            <ArticleCredit article={article} language={language} />
          </div>
        </article>
        {article.meeting?.slug || article.officials?.length || article.units?.length ? (
          <section className="article__about" aria-labelledby="about-heading">
            <h2 id="about-heading" className="section-title">
              {words.about}
            </h2>
            <ul>
              {article.meeting?.slug ? (
                <li>
                  {words.meeting}:{' '}
                  <Link href={paths.meeting(article.meeting.slug)} lang={meetingTextLang(language)}>
                    {article.meeting.title}
                  </Link>
                </li>
              ) : null}
              {article.officials?.length ? (
                <li>
                  {words.officials}:{' '}
                  {article.officials.map((official, i) => (
                    <span key={official.id}>
                      {i ? ', ' : ''}
                      <Link href={paths.official(official.slug ?? '')}>{official.fullName}</Link>
                    </span>
                  ))}
                </li>
              ) : null}
              {article.units?.length ? (
                <li>
                  {words.unitsLabel}:{' '}
                  {article.units.map((unit, i) => (
                    <span key={unit.id}>
                      {i ? ', ' : ''}
                      <Link href={paths.unit(unit.slug ?? '')}>{unit.name}</Link>
                    </span>
                  ))}
                </li>
              ) : null}
            </ul>
          </section>
        ) : null}
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading" className="section-title">
            {words.related}
          </h2>
          <ArticleList
            articles={related}
            variant="compact"
            hrefOf={paths.article}
            empty={words.noRelated}
          />
        </section>
      </div>
      <aside className="layout-aside">
        <DayPicker month={month} days={days} language={language} />
      </aside>
    </div>
  )
}
