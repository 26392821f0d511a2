import type { Metadata } from 'next'

import type { SearchProps } from './pageProps'
import { ArticleList } from '../components/ArticleCard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Pagination, pageFrom } from '../components/Pagination'
import { pageParameter, portalPaths } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import { SEARCH_PAGE_SIZE, getSearchPage } from '../queries/searchPage'

const queryOf = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : (value ?? '')).trim().slice(0, 200)

export const searchMetadata = async ({
  searchParams,
  language,
}: SearchProps): Promise<Metadata> => {
  const q = queryOf((await searchParams).q)
  const words = portalWords[language]
  return { title: q ? words.searchTitle(q) : words.search, robots: { index: false } }
}

/**
 * The API's search over one language's articles: Vietnamese with accents optional ("bac kan"
 * finds "Bắc Kạn"), English as English words.
 */
export const SearchPage = async ({ searchParams, language }: SearchProps) => {
  const params = await searchParams
  const words = portalWords[language]
  const paths = portalPaths[language]
  const q = queryOf(params.q)
  const page = pageFrom(params[pageParameter[language]])
  const hasWords = /[\p{L}\p{N}]/u.test(q)
  const results = hasWords ? await getSearchPage(q, page, language) : null
  return (
    <div className="container">
      <Breadcrumbs
        language={language}
        crumbs={[
          { name: words.home, href: paths.home },
          { name: words.search, href: paths.searchForm },
        ]}
      />
      <h1 className="page-title">{words.search}</h1>
      <form action={paths.searchForm} method="get" role="search" className="search-form">
        <label htmlFor="search-page-q">{words.keyword}</label>
        <input id="search-page-q" type="search" name="q" defaultValue={q} required />
        <button type="submit">{words.searchButton}</button>
      </form>
      {results ? (
        <>
          <p className="search-summary" role="status">
            {words.searchResults(results.totalDocs, q)}
          </p>
          <ArticleList
            articles={results.docs}
            headingLevel={2}
            hrefOf={paths.article}
            empty={words.noResults}
          />
          <Pagination
            language={language}
            page={page}
            totalPages={Math.ceil(results.totalDocs / SEARCH_PAGE_SIZE)}
            href={(target) => paths.search(q, target)}
          />
        </>
      ) : (
        <p>{words.searchHint}</p>
      )}
    </div>
  )
}
