import Link from 'next/link'

import { formatViews } from '../format'
import type { ArticleListItem, ArticlePage, DayCount } from '../types'
import { ArticleBody, MediaFigure } from './ArticleBody'
import { ArticleList } from './ArticleCard'
import { ArticleCredit } from './ArticleCredit'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { DayPicker } from './DayPicker'
import { paths } from './paths'
import { ReaderTools } from './ReaderTools'

/** The trail to an article: home, its parent category, its category. */
export const articleCrumbs = (article: ArticlePage): Crumb[] => {
  const { category } = article
  return [
    { name: 'Trang chủ', href: paths.home },
    ...(category?.parent?.slug
      ? [{ name: category.parent.name, href: paths.category(category.parent.slug) }]
      : []),
    ...(category?.slug ? [{ name: category.name, href: paths.category(category.slug) }] : []),
  ]
}

/**
 * An article as the portal prints it: title, "Thứ 4, 30/12/2020 | 18:45:37", "8,093 lượt xem",
 * the lead, the audio, the body with its photos and captions, the byline as the last line; then
 * what it is about, "Tin cùng chuyên mục" and "Xem tin theo ngày".
 */
export const ArticleView = ({
  article,
  related,
  month,
  days,
}: {
  article: ArticlePage
  related: ArticleListItem[]
  month: string
  days: DayCount[]
}) => (
  <div className="container layout-with-aside">
    <div className="layout-main">
      <Breadcrumbs crumbs={articleCrumbs(article)} />
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
              <span className="article__date">Chưa xuất bản</span>
            )}
            <span className="article__views">{formatViews(article.views)} lượt xem</span>
          </p>
          <ReaderTools />
        </div>
        <div className="article__content">
          {article.lead ? <p className="article__lead">{article.lead}</p> : null}
          {article.audio ? (
            <MediaFigure media={article.audio} label="Nghe nội dung bài viết" />
          ) : null}
          <ArticleBody body={article.body} />
          <ArticleCredit article={article} />
        </div>
      </article>
      {article.meeting?.slug || article.officials?.length || article.units?.length ? (
        <section className="article__about" aria-labelledby="about-heading">
          <h2 id="about-heading" className="section-title">
            Liên quan
          </h2>
          <ul>
            {article.meeting?.slug ? (
              <li>
                Cuộc họp:{' '}
                <Link href={paths.meeting(article.meeting.slug)}>{article.meeting.title}</Link>
              </li>
            ) : null}
            {article.officials?.length ? (
              <li>
                Cán bộ:{' '}
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
                Đơn vị:{' '}
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
          Tin cùng chuyên mục
        </h2>
        <ArticleList articles={related} variant="compact" empty="Chưa có tin cùng chuyên mục." />
      </section>
    </div>
    <aside className="layout-aside">
      <DayPicker month={month} days={days} />
    </aside>
  </div>
)
