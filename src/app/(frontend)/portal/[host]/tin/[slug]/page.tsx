import { ArticlePage, articlePageMetadata } from '@/portal/pages/ArticlePage'
import type { SlugProps } from '@/portal/pages/pageProps'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => articlePageMetadata({ ...props, language: 'vi' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** An article on the Vietnamese portal (src/portal/pages/ArticlePage). */
const ArticleRoute = (props: Props) => <ArticlePage {...props} language="vi" />

export default ArticleRoute
