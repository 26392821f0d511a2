import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleList } from './ArticleCard'
import { Breadcrumbs } from './Breadcrumbs'
import { JsonLd } from './JsonLd'
import { Pagination } from './Pagination'
import { paths } from './paths'
import { portalOrigin } from '../api/portalOrigin'
import { getCategoryPage } from '../queries/categoryPage'
import { breadcrumbList } from '../seo/structuredData'

type Props = { slug: string; page: number }

/** A category page's title and canonical link (`/chuyen-muc/<slug>?trang=<page>`). */
export const categoryMetadata = async ({ slug, page }: Props): Promise<Metadata> => {
  const data = await getCategoryPage(slug, page)
  if (!data) return {}
  return {
    title: page > 1 ? `${data.category.name} (trang ${page})` : data.category.name,
    alternates: { canonical: paths.category(slug, page) },
  }
}

/** A category with its sub-categories, ten articles a page. */
export const CategoryView = async ({ slug, page }: Props) => {
  const data = await getCategoryPage(slug, page)
  if (!data) notFound()
  const { category, subcategories, articles } = data
  const crumbs = [
    { name: 'Trang chủ', href: paths.home },
    ...(category.parent?.slug
      ? [{ name: category.parent.name, href: paths.category(category.parent.slug) }]
      : []),
    { name: category.name, href: paths.category(slug) },
  ]
  return (
    <div className="container">
      <Breadcrumbs crumbs={crumbs} />
      <JsonLd data={breadcrumbList(crumbs, await portalOrigin())} />
      <h1 className="page-title">{category.name}</h1>
      {subcategories.length ? (
        <nav className="subcategories" aria-label="Chuyên mục con">
          <ul>
            {subcategories.map((sub) => (
              <li key={sub.id}>
                <Link href={paths.category(sub.slug ?? '')}>{sub.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ArticleList articles={articles.docs} headingLevel={2} />
      <Pagination
        page={articles.page}
        totalPages={articles.totalPages ?? 1}
        href={(target) => paths.category(slug, target)}
      />
    </div>
  )
}
