import Link from 'next/link'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalWords } from '../i18n/words'

/** "Trang trước · Trang 2/5 · Trang sau", links built by `href(page)`. */
export const Pagination = ({
  page,
  totalPages,
  href,
  language = 'vi',
}: {
  page: number
  totalPages: number
  href: (page: number) => string
  language?: SiteLanguage
}) => {
  const words = portalWords[language]
  return totalPages > 1 ? (
    <nav className="pagination" aria-label={words.pagination}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {words.previousPage}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{words.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {words.nextPage}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  ) : null
}

/** A page number from `?trang=`, 1 when absent or not a positive integer. */
export const pageFrom = (value: string | string[] | undefined): number => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 ? page : 1
}
