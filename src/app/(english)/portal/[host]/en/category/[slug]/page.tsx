import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/portal/components/ArticleCard'
import { pageFrom } from '@/portal/components/Pagination'
import { englishPaths } from '@/portal/i18n/localePaths'
import { getCategoryPage } from '@/portal/queries/categoryPage'

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const { slug } = await params
  const page = pageFrom((await searchParams).page)
  const data = await getCategoryPage(slug, page, 'en')
  if (!data) return {}
  return {
    title: page > 1 ? `${data.category.name} (page ${page})` : data.category.name,
    alternates: { canonical: englishPaths.category(slug, page) },
  }
}

/** An English category page: its English articles, ten a page, by its English slug. */
const EnglishCategoryPage = async ({ params, searchParams }: Props) => {
  const { slug } = await params
  const page = pageFrom((await searchParams).page)
  const data = await getCategoryPage(slug, page, 'en')
  if (!data) notFound()
  const { category, subcategories, articles } = data
  return (
    <div className="container">
      <h1 className="page-title">{category.name}</h1>
      {subcategories.length ? (
        <nav className="subcategories" aria-label="Subcategories">
          <ul>
            {subcategories.map((sub) => (
              <li key={sub.id}>
                <Link href={englishPaths.category(sub.slug ?? '')}>{sub.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ArticleList
        articles={articles.docs}
        headingLevel={2}
        hrefOf={englishPaths.article}
        empty="No news in this category yet."
      />
      {articles.page < (articles.totalPages ?? 1) ? (
        <nav className="pagination" aria-label="Pages">
          <Link href={englishPaths.category(slug, articles.page + 1)} rel="next">
            Next page →
          </Link>
        </nav>
      ) : null}
    </div>
  )
}

export default EnglishCategoryPage
