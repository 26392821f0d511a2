import type { SlugProps } from '@/portal/pages/pageProps'
import { UnitPage, unitMetadata } from '@/portal/pages/UnitPage'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => unitMetadata({ ...props, language: 'vi' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** A unit, in Vietnamese (src/portal/pages/UnitPage). */
const UnitRoute = (props: Props) => <UnitPage {...props} language="vi" />

export default UnitRoute
