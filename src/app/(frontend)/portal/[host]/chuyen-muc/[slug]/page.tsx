import type { Metadata } from 'next'

import { CategoryView, categoryMetadata } from '@/portal/components/CategoryView'

type Props = { params: Promise<{ slug: string }> }

/**
 * None at build time: rendered when first opened, then cached whole (see the layout). Its other
 * pages (`?trang=2`) are the `trang/[page]` route, by the proxy (src/proxy.ts): reading the query
 * string here would render every open anew.
 */
export const generateStaticParams = (): { slug: string }[] => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  categoryMetadata({ slug: (await params).slug, page: 1 })

const CategoryPage = async ({ params }: Props) => (
  <CategoryView slug={(await params).slug} page={1} />
)

export default CategoryPage
