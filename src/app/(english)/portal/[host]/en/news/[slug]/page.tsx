import { ArticlePage, articlePageMetadata } from '@/portal/pages/ArticlePage'
import type { SlugProps } from '@/portal/pages/pageProps'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => articlePageMetadata({ ...props, language: 'en' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** An English article: "Wednesday, 30/12/2020 | 18:45:37", English words, English related news. */
const EnglishArticleRoute = (props: Props) => <ArticlePage {...props} language="en" />

export default EnglishArticleRoute
