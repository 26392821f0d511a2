import { CategoryPage, categoryMetadata } from '@/portal/pages/CategoryPage'
import type { CategoryPageProps } from '@/portal/pages/pageProps'

type Props = Omit<CategoryPageProps, 'language'>

export const generateMetadata = (props: Props) => categoryMetadata({ ...props, language: 'vi' })

/** A category, in Vietnamese (src/portal/pages/CategoryPage). */
const CategoryRoute = (props: Props) => <CategoryPage {...props} language="vi" />

export default CategoryRoute
