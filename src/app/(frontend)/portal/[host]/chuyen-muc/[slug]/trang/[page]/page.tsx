import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CategoryView, categoryMetadata } from '@/portal/components/CategoryView'
import { pageFrom } from '@/portal/components/Pagination'

type Props = { params: Promise<{ slug: string; page: string }> }

/** The page number, or Next's 404 for any other spelling of it (one cache entry per page). */
const pageOf = (value: string): number => {
  const page = pageFrom(value)
  if (String(page) !== value) notFound()
  return page
}

/** `/chuyen-muc/<slug>?trang=<page>`, rewritten here by the proxy to be cached as a page. */
export const generateStaticParams = (): { slug: string; page: string }[] => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug, page } = await params
  return categoryMetadata({ slug, page: pageOf(page) })
}

const CategoryPageN = async ({ params }: Props) => {
  const { slug, page } = await params
  return <CategoryView slug={slug} page={pageOf(page)} />
}

export default CategoryPageN
