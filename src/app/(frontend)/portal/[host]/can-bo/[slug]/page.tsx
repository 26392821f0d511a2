import { OfficialPage, officialMetadata } from '@/portal/pages/OfficialPage'
import type { SlugProps } from '@/portal/pages/pageProps'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => officialMetadata({ ...props, language: 'vi' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** An official, in Vietnamese (src/portal/pages/OfficialPage). */
const OfficialRoute = (props: Props) => <OfficialPage {...props} language="vi" />

export default OfficialRoute
