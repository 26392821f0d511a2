import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { vietnamDay } from '@/lib/vietnamTime'
import { browserAddress } from '@/portal/api/apiAddress'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { isNotFound } from '@/portal/api/portalQuery'
import { ArticleBody, MediaFigure } from '@/portal/components/ArticleBody'
import { ArticleList } from '@/portal/components/ArticleCard'
import { JsonLd } from '@/portal/components/JsonLd'
import { ViewCounter } from '@/portal/components/ViewCounter'
import { formatViews } from '@/portal/format'
import { LanguageVersions } from '@/portal/i18n/LanguageVersions'
import { englishPaths } from '@/portal/i18n/localePaths'
import { getArticlePage } from '@/portal/queries/articlePage'
import { getSiteLayout } from '@/portal/queries/siteSettings'
import { articleMetadata } from '@/portal/seo/articleMetadata'
import { newsArticle } from '@/portal/seo/structuredData'
import { englishRoleWord, formatByline } from '@plugins/newsroom'

type Props = { params: Promise<{ slug: string }> }

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** A published English article; Next's 404 for none, and for a Vietnamese one (its page is /tin/). */
const loadArticle = async (slug: string) => {
  try {
    const page = await getArticlePage(slug, 'en')
    if (page.article.language !== 'en') notFound()
    return page
  } catch (error) {
    if (isNotFound(error)) notFound()
    throw error
  }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  articleMetadata((await loadArticle((await params).slug)).article)

/** An English article: title, "Wednesday, 30/12/2020 | 18:45:37", lead, body, byline, related. */
const EnglishArticlePage = async ({ params }: Props) => {
  const { article, related } = await loadArticle((await params).slug)
  const { settings } = await getSiteLayout('en')
  const day = vietnamDay(article.publishedAt ?? new Date())
  // The byline with English role words ("Text: … – Translation: …"); the API's bylineText is
  // the Vietnamese portal's.
  const byline = formatByline(
    (article.byline ?? []).map((entry) => ({
      name: entry.displayName ?? '',
      role: entry.role ?? 'text',
    })),
    englishRoleWord,
  )
  return (
    <div className="container">
      <JsonLd data={newsArticle({ article, settings, origin: await portalOrigin() })} />
      <article className="article" aria-labelledby="article-title" lang="en">
        <h1 id="article-title" className="article__title">
          {article.title}
        </h1>
        <div className="article__meta">
          <p>
            <time dateTime={article.publishedAt ?? undefined} className="article__date">
              {article.publishedAtDisplay}
            </time>
            <span className="article__views">{formatViews(article.views)} views</span>
          </p>
          <LanguageVersions article={article} />
        </div>
        <div className="article__content">
          {article.lead ? <p className="article__lead">{article.lead}</p> : null}
          {article.audio ? <MediaFigure media={article.audio} label="Audio" /> : null}
          <ArticleBody body={article.body} />
          {byline ? <p className="article__byline">{byline}</p> : null}
        </div>
      </article>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading" className="section-title">
          More in {article.category?.name ?? 'this category'}
        </h2>
        <ArticleList
          articles={related}
          headingLevel={3}
          variant="compact"
          hrefOf={englishPaths.article}
          empty="No other English news in this category yet."
        />
        <p>
          <Link href={englishPaths.day(day)}>All English news of this day</Link>
        </p>
      </section>
      <ViewCounter endpoint={browserAddress(`/api/articles/${article.id}/view`) as string} />
    </div>
  )
}

export default EnglishArticlePage
