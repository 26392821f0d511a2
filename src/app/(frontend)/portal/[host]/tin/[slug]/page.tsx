import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { vietnamDay } from '@/lib/vietnamTime'
import { browserAddress } from '@/portal/api/apiAddress'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { isNotFound } from '@/portal/api/portalQuery'
import { ArticleView, articleCrumbs } from '@/portal/components/ArticleView'
import { JsonLd } from '@/portal/components/JsonLd'
import { ViewCounter } from '@/portal/components/ViewCounter'
import { LanguageVersions } from '@/portal/i18n/LanguageVersions'
import { getArticlePage, getDaysWithArticles } from '@/portal/queries/articlePage'
import { getSiteLayout } from '@/portal/queries/siteSettings'
import { articleMetadata } from '@/portal/seo/articleMetadata'
import { breadcrumbList, newsArticle } from '@/portal/seo/structuredData'

type Props = { params: Promise<{ slug: string }> }

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** The published article, or Next's 404 page when the API has none by that slug. */
const loadArticle = async (slug: string) => {
  try {
    return await getArticlePage(slug)
  } catch (error) {
    if (isNotFound(error)) notFound()
    throw error
  }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  articleMetadata((await loadArticle((await params).slug)).article)

const ArticleRoute = async ({ params }: Props) => {
  const { article, related } = await loadArticle((await params).slug)
  const month = vietnamDay(article.publishedAt ?? new Date()).slice(0, 7)
  const [days, { settings }] = await Promise.all([getDaysWithArticles(month), getSiteLayout()])
  return (
    <>
      <JsonLd data={newsArticle({ article, settings, origin: await portalOrigin() })} />
      <JsonLd
        data={breadcrumbList(
          [...articleCrumbs(article), { name: article.title, href: `/tin/${article.slug}` }],
          await portalOrigin(),
        )}
      />
      <div className="container">
        <LanguageVersions article={article} />
      </div>
      <ArticleView article={article} related={related} month={month} days={days} />
      <ViewCounter endpoint={browserAddress(`/api/articles/${article.id}/view`) as string} />
    </>
  )
}

export default ArticleRoute
