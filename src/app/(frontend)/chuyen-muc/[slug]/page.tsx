import type { Metadata } from 'next'

import { CategoryView, categoryMetadata } from '@/portal/components/CategoryView'

type Props = { params: Promise<{ slug: string }> }

/**
 * None at build time (the API may not be running then): a category's first page is rendered when
 * a reader first opens it, then served from Next's cache until its queries' tags are revalidated
 * or their 60 s run out. Its other pages (`?trang=2`) are the `trang/[page]` route, by a rewrite
 * in next.config.mjs: reading the query string here would render every open anew.
 */
export const generateStaticParams = (): { slug: string }[] => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  categoryMetadata({ slug: (await params).slug, page: 1 })

const CategoryPage = async ({ params }: Props) => (
  <CategoryView slug={(await params).slug} page={1} />
)

export default CategoryPage
