import { OfficialPage, officialMetadata } from '@/portal/pages/OfficialPage'
import type { SlugProps } from '@/portal/pages/pageProps'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => officialMetadata({ ...props, language: 'en' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** An official in the English section: position titles and unit names in English. */
const EnglishOfficialRoute = (props: Props) => <OfficialPage {...props} language="en" />

export default EnglishOfficialRoute
