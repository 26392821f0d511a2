import { MeetingPage, meetingMetadata } from '@/portal/pages/MeetingPage'
import type { SlugProps } from '@/portal/pages/pageProps'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => meetingMetadata({ ...props, language: 'vi' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** A meeting, in Vietnamese (src/portal/pages/MeetingPage). */
const MeetingRoute = (props: Props) => <MeetingPage {...props} language="vi" />

export default MeetingRoute
