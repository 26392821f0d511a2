import type { SlugProps } from '@/portal/pages/pageProps'
import { UnitPage, unitMetadata } from '@/portal/pages/UnitPage'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => unitMetadata({ ...props, language: 'en' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** A unit in the English section: its English name, its officials, its meetings. */
const EnglishUnitRoute = (props: Props) => <UnitPage {...props} language="en" />

export default EnglishUnitRoute
