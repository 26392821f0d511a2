import { dayFormTarget } from '@/portal/pages/DayPage'
import type { SearchProps } from '@/portal/pages/pageProps'

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

/** The day picker's form (`/ngay?ngay=2020-12-30`) lands on that day's archive; no day: today. */
const DayFormTarget = (props: Pick<SearchProps, 'searchParams'>) =>
  dayFormTarget({ ...props, language: 'vi' })

export default DayFormTarget
