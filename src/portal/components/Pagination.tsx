import Link from 'next/link'

/** "Trang trước · Trang 2/5 · Trang sau", links built by `href(page)`. */
export const Pagination = ({
  page,
  totalPages,
  href,
}: {
  page: number
  totalPages: number
  href: (page: number) => string
}) =>
  totalPages > 1 ? (
    <nav className="pagination" aria-label="Phân trang">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Trang trước
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Trang {page}/{totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Trang sau →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  ) : null

/** A page number from `?trang=`, 1 when absent or not a positive integer. */
export const pageFrom = (value: string | string[] | undefined): number => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 ? page : 1
}
