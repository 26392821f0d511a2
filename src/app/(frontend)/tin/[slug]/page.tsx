import { ArticlePage, articlePageMetadata } from '@/portal/pages/ArticlePage'
import type { SlugProps } from '@/portal/pages/pageProps'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => articlePageMetadata({ ...props, language: 'vi' })

/** An article on the Vietnamese portal (src/portal/pages/ArticlePage). */
const ArticleRoute = (props: Props) => <ArticlePage {...props} language="vi" />

export default ArticleRoute
