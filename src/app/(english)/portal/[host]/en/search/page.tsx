import type { SearchProps } from '@/portal/pages/pageProps'
import { SearchPage, searchMetadata } from '@/portal/pages/SearchPage'

type Props = Omit<SearchProps, 'language'>

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

export const generateMetadata = (props: Props) => searchMetadata({ ...props, language: 'en' })

/** The English section's search: English articles, English words (src/portal/pages/SearchPage). */
const EnglishSearchRoute = (props: Props) => <SearchPage {...props} language="en" />

export default EnglishSearchRoute
