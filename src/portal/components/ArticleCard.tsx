import Link from 'next/link'

import type { ArticleListItem } from '../types'
import { MediaImage } from './MediaImage'
import { paths } from './paths'

/** An article in a list: picture, title, date, lead. */
export const ArticleCard = ({
  article,
  variant = 'row',
  headingLevel = 3,
  hrefOf = paths.article,
}: {
  article: ArticleListItem
  variant?: 'row' | 'lead' | 'compact'
  headingLevel?: 2 | 3
  /** The article's page: the Vietnamese portal's by default, the English section's under /en. */
  hrefOf?: (slug: string) => string
}) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = hrefOf(article.slug ?? '')
  return (
    <article className={`card card--${variant}`}>
      {variant !== 'compact' && article.featuredImage ? (
        <Link href={href} className="card__image" tabIndex={-1} aria-hidden="true">
          <MediaImage media={article.featuredImage} size={variant === 'lead' ? 'large' : 'card'} />
        </Link>
      ) : null}
      <div className="card__text">
        <Heading className="card__title">
          <Link href={href}>{article.title}</Link>
        </Heading>
        {article.publishedAtDisplay ? (
          <p className="card__date">
            <time dateTime={article.publishedAt ?? undefined}>{article.publishedAtDisplay}</time>
          </p>
        ) : null}
        {variant !== 'compact' && article.lead ? (
          <p className="card__lead">{article.lead}</p>
        ) : null}
      </div>
    </article>
  )
}

/** A list of articles, or a sentence when there are none. */
export const ArticleList = ({
  articles,
  variant = 'row',
  headingLevel = 3,
  empty = 'Chưa có tin bài.',
  hrefOf,
}: {
  articles: ArticleListItem[]
  variant?: 'row' | 'compact'
  headingLevel?: 2 | 3
  empty?: string
  hrefOf?: (slug: string) => string
}) =>
  articles.length ? (
    <ul className={`article-list article-list--${variant}`}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard
            article={article}
            variant={variant}
            headingLevel={headingLevel}
            hrefOf={hrefOf}
          />
        </li>
      ))}
    </ul>
  ) : (
    <p className="empty">{empty}</p>
  )
