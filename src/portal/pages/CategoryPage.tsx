import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import type { CategoryPageProps } from './pageProps'
import { portalOrigin } from '../api/portalOrigin'
import { ArticleList } from '../components/ArticleCard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { JsonLd } from '../components/JsonLd'
import { Pagination, pageFrom } from '../components/Pagination'
import { portalPaths } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import { getCategoryPage } from '../queries/categoryPage'
import { breadcrumbList } from '../seo/structuredData'

/**
 * The category and its page; no data for a page past the last one, so that `?trang=999` is a 404
 * rather than an empty page.
 */
const load = async ({ params, page, language }: CategoryPageProps) => {
  const { slug } = await params
  const data = await getCategoryPage(slug, page, language)
  const isPastLastPage = data !== null && page > Math.max(1, data.articles.totalPages ?? 1)
  return { slug, page, data: isPastLastPage ? null : data }
}

/** A further page's number from its path, or Next's 404 for any other spelling of it. */
export const categoryPageNumber = (value: string): number => {
  const page = pageFrom(value)
  if (String(page) !== value) notFound()
  return page
}

export const categoryMetadata = async (props: CategoryPageProps): Promise<Metadata> => {
  const { slug, page, data } = await load(props)
  if (!data) return {}
  const { name } = data.category
  return {
    title: page > 1 ? portalWords[props.language].titleOnPage(name, page) : name,
    alternates: { canonical: portalPaths[props.language].category(slug, page) },
  }
}

/**
 * A category with its sub-categories, ten articles a page, in `language`: by that language's
 * slug, with its articles in that language.
 */
export const CategoryPage = async (props: CategoryPageProps) => {
  const { slug, data } = await load(props)
  if (!data) notFound()
  const { language } = props
  const words = portalWords[language]
  const paths = portalPaths[language]
  const { category, subcategories, articles } = data
  const crumbs = [
    { name: words.home, href: paths.home },
    ...(category.parent?.slug
      ? [{ name: category.parent.name, href: paths.category(category.parent.slug) }]
      : []),
    { name: category.name, href: paths.category(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} language={language} />
      <JsonLd data={breadcrumbList(crumbs, await portalOrigin())} />
      <h1 className="page-title">{category.name}</h1>
      {subcategories.length ? (
        <nav className="subcategories" aria-label={words.subcategories}>
          <ul>
            {subcategories.map((sub) => (
              <li key={sub.id}>
                <Link href={paths.category(sub.slug ?? '')}>{sub.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ArticleList
        articles={articles.docs}
        headingLevel={2}
        hrefOf={paths.article}
        empty={words.noNews}
      />
      <Pagination
        language={language}
        page={articles.page}
        totalPages={articles.totalPages ?? 1}
        href={(target) => paths.category(slug, target)}
      />
    </div>
  )
}
