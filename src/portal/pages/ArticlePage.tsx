import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { vietnamDay } from '@/lib/vietnamTime'
import type { SiteLanguage } from '@/sites/siteLanguages'

import type { SlugProps } from './pageProps'
import { browserAddress } from '../api/apiAddress'
import { portalOrigin } from '../api/portalOrigin'
import { isNotFound } from '../api/portalQuery'
import { ArticleView, articleCrumbs } from '../components/ArticleView'
import { JsonLd } from '../components/JsonLd'
import { ViewCounter } from '../components/ViewCounter'
import { LanguageVersions } from '../i18n/LanguageVersions'
import { portalPaths } from '../i18n/localePaths'
import { getArticlePage, getDaysWithArticles } from '../queries/articlePage'
import { getSiteLayout } from '../queries/siteSettings'
import { articleMetadata } from '../seo/articleMetadata'
import { breadcrumbList, newsArticle } from '../seo/structuredData'

/**
 * The published article, or Next's 404 page when the API has none by that slug; the English
 * section shows English articles only (a Vietnamese one's page is /tin/).
 */
const loadArticle = async (slug: string, language: SiteLanguage) => {
  try {
    const page = await getArticlePage(slug, language)
    if (language === 'en' && page.article.language !== 'en') notFound()
    return page
  } catch (error) {
    if (isNotFound(error)) notFound()
    throw error
  }
}

export const articlePageMetadata = async ({ params, language }: SlugProps): Promise<Metadata> =>
  articleMetadata((await loadArticle((await params).slug, language)).article)

/** An article's page in `language`: the article, its structured data, its other versions. */
export const ArticlePage = async ({ params, language }: SlugProps) => {
  const { article, related } = await loadArticle((await params).slug, language)
  const month = vietnamDay(article.publishedAt ?? new Date()).slice(0, 7)
  const [days, { settings }] = await Promise.all([
    getDaysWithArticles(month, language),
    getSiteLayout(language),
  ])
  const origin = await portalOrigin()
  const href = portalPaths[language].article(article.slug ?? '')
  return (
    <>
      <JsonLd data={newsArticle({ article, settings, origin })} />
      <JsonLd
        data={breadcrumbList(
          [...articleCrumbs(article, language), { name: article.title, href }],
          origin,
        )}
      />
      <ArticleView
        article={article}
        related={related}
        month={month}
        days={days}
        language={language}
        versions={<LanguageVersions article={article} />}
      />
      <ViewCounter endpoint={browserAddress(`/api/articles/${article.id}/view`) as string} />
    </>
  )
}
