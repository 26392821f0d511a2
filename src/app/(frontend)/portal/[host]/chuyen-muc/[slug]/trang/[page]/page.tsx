import { CategoryPage, categoryMetadata, categoryPageNumber } from '@/portal/pages/CategoryPage'

type Props = { params: Promise<{ slug: string; page: string }> }

/** `?trang=<page>` of a category, rewritten here by the proxy to be cached as a page. */
export const generateStaticParams = (): { slug: string; page: string }[] => []

export const generateMetadata = async ({ params }: Props) =>
  categoryMetadata({ params, page: categoryPageNumber((await params).page), language: 'vi' })

/** A further page of a Vietnamese category. */
const CategoryFurtherPageRoute = async ({ params }: Props) => (
  <CategoryPage params={params} page={categoryPageNumber((await params).page)} language="vi" />
)

export default CategoryFurtherPageRoute
