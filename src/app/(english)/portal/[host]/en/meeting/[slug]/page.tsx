import { MeetingPage, meetingMetadata } from '@/portal/pages/MeetingPage'
import type { SlugProps } from '@/portal/pages/pageProps'

type Props = Omit<SlugProps, 'language'>

export const generateMetadata = (props: Props) => meetingMetadata({ ...props, language: 'en' })

/** None at build time: rendered when first opened, then cached whole (see the layout). */
export const generateStaticParams = (): { slug: string }[] => []

/** A meeting in the English section: English names and titles, English news. */
const EnglishMeetingRoute = (props: Props) => <MeetingPage {...props} language="en" />

export default EnglishMeetingRoute
