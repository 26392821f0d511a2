import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalOrigin } from '@/portal/api/portalOrigin'
import { ArticleList } from '@/portal/components/ArticleCard'
import { Breadcrumbs } from '@/portal/components/Breadcrumbs'
import { JsonLd } from '@/portal/components/JsonLd'
import { Pagination, pageFrom } from '@/portal/components/Pagination'
import { paths } from '@/portal/components/paths'
import { getCategoryPage } from '@/portal/queries/categoryPage'
import { breadcrumbList } from '@/portal/seo/structuredData'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const { slug } = await params
  const page = pageFrom((await searchParams).trang)
  const data = await getCategoryPage(slug, page)
  if (!data) return {}
  return {
    title: page > 1 ? `${data.category.name} (trang ${page})` : data.category.name,
    alternates: { canonical: paths.category(slug, page) },
  }
}

/** A category with its sub-categories, ten articles a page. */
const CategoryPage = async ({ params, searchParams }: Props) => {
  const { slug } = await params
  const page = pageFrom((await searchParams).trang)
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

export default CategoryPage
