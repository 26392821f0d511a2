import type { Metadata } from 'next'

import { CategoryView, categoryMetadata } from '@/portal/components/CategoryView'
import { pageFrom } from '@/portal/components/Pagination'

type Props = { params: Promise<{ slug: string; page: string }> }

/** `/chuyen-muc/<slug>?trang=<page>`, rewritten here (next.config.mjs) to be cached as a page. */
export const generateStaticParams = (): { slug: string; page: string }[] => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug, page } = await params
  return categoryMetadata({ slug, page: pageFrom(page) })
}

const CategoryPageN = async ({ params }: Props) => {
  const { slug, page } = await params
  return <CategoryView slug={slug} page={pageFrom(page)} />
}

export default CategoryPageN
