import { CategoryPage, categoryMetadata, categoryPageNumber } from '@/portal/pages/CategoryPage'

type Props = { params: Promise<{ slug: string; page: string }> }

/** `?page=<page>` of a category, rewritten here by the proxy to be cached as a page. */
export const generateStaticParams = (): { slug: string; page: string }[] => []

export const generateMetadata = async ({ params }: Props) =>
  categoryMetadata({ params, page: categoryPageNumber((await params).page), language: 'en' })

/** A further page of an English category. */
const CategoryFurtherPageRoute = async ({ params }: Props) => (
  <CategoryPage params={params} page={categoryPageNumber((await params).page)} language="en" />
)

export default CategoryFurtherPageRoute
