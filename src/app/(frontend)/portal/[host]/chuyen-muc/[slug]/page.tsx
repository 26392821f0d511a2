import { CategoryPage, categoryMetadata } from '@/portal/pages/CategoryPage'

type Props = { params: Promise<{ slug: string }> }

/**
 * None at build time: rendered when first opened, then cached whole (see the layout). Its further
 * pages (`?trang=2`) are the `trang/[page]` route, by the proxy (src/proxy.ts): reading the
 * query string here would render every open anew.
 */
export const generateStaticParams = (): { slug: string }[] => []

export const generateMetadata = ({ params }: Props) =>
  categoryMetadata({ params, page: 1, language: 'vi' })

/** A category, in Vietnamese (src/portal/pages/CategoryPage). */
const CategoryRoute = ({ params }: Props) => <CategoryPage params={params} page={1} language="vi" />

export default CategoryRoute
