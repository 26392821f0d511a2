import { DayPage, dayMetadata } from '@/portal/pages/DayPage'
import type { DayPageProps } from '@/portal/pages/pageProps'

type Props = Omit<DayPageProps, 'language'>

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

export const generateMetadata = (props: Props) => dayMetadata({ ...props, language: 'en' })

/** The English articles of one day (Vietnam's), with the month's calendar of English news. */
const EnglishDayRoute = (props: Props) => <DayPage {...props} language="en" />

export default EnglishDayRoute
