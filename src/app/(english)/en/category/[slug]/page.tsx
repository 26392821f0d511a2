import { CategoryPage, categoryMetadata } from '@/portal/pages/CategoryPage'
import type { CategoryPageProps } from '@/portal/pages/pageProps'

type Props = Omit<CategoryPageProps, 'language'>

export const generateMetadata = (props: Props) => categoryMetadata({ ...props, language: 'en' })

/** An English category page: its English articles, by its English slug. */
const EnglishCategoryRoute = (props: Props) => <CategoryPage {...props} language="en" />

export default EnglishCategoryRoute
