import type { SearchProps } from '@/portal/pages/pageProps'
import { SearchPage, searchMetadata } from '@/portal/pages/SearchPage'

type Props = Omit<SearchProps, 'language'>

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

export const generateMetadata = (props: Props) => searchMetadata({ ...props, language: 'vi' })

/** Tìm kiếm: the Vietnamese articles, accents optional (src/portal/pages/SearchPage). */
const SearchRoute = (props: Props) => <SearchPage {...props} language="vi" />

export default SearchRoute
