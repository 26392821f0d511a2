import type { Metadata } from 'next'

import { ArticleList } from '@/portal/components/ArticleCard'
import { Breadcrumbs } from '@/portal/components/Breadcrumbs'
import { Pagination, pageFrom } from '@/portal/components/Pagination'
import { paths } from '@/portal/components/paths'
import { SEARCH_PAGE_SIZE, getSearchPage } from '@/portal/queries/searchPage'

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const queryOf = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : (value ?? '')).trim().slice(0, 200)

export const generateMetadata = async ({ searchParams }: Props): Promise<Metadata> => {
  const q = queryOf((await searchParams).q)
  return { title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', robots: { index: false } }
}

/** The API's search, accents ignored: "bac kan" finds "Bắc Kạn". */
const SearchPage = async ({ searchParams }: Props) => {
  const params = await searchParams
  const q = queryOf(params.q)
  const page = pageFrom(params.trang)
  const hasWords = /[\p{L}\p{N}]/u.test(q)
  const results = hasWords ? await getSearchPage(q, page) : null
  return (
    <div className="container">
      <Breadcrumbs
        crumbs={[
          { name: 'Trang chủ', href: paths.home },
          { name: 'Tìm kiếm', href: '/tim-kiem' },
        ]}
      />
      <h1 className="page-title">Tìm kiếm</h1>
      <form action="/tim-kiem" method="get" role="search" className="search-form">
        <label htmlFor="search-page-q">Từ khóa</label>
        <input id="search-page-q" type="search" name="q" defaultValue={q} required />
        <button type="submit">Tìm</button>
      </form>
      {results ? (
        <>
          <p className="search-summary" role="status">
            {results.totalDocs} kết quả cho “{q}”
          </p>
          <ArticleList
            articles={results.docs}
            headingLevel={2}
            empty="Không tìm thấy tin bài phù hợp."
          />
          <Pagination
            page={page}
            totalPages={Math.ceil(results.totalDocs / SEARCH_PAGE_SIZE)}
            href={(target) => paths.search(q, target)}
          />
        </>
      ) : (
        <p>Nhập từ khóa để tìm tin bài (không cần gõ dấu).</p>
      )}
    </div>
  )
}

export default SearchPage
