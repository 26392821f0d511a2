import { DayPage, dayMetadata } from '@/portal/pages/DayPage'
import type { DayPageProps } from '@/portal/pages/pageProps'

type Props = Omit<DayPageProps, 'language'>

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

export const generateMetadata = (props: Props) => dayMetadata({ ...props, language: 'vi' })

/** "Xem tin theo ngày" in Vietnamese (src/portal/pages/DayPage). */
const DayRoute = (props: Props) => <DayPage {...props} language="vi" />

export default DayRoute
