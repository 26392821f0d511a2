import { dayFormTarget } from '@/portal/pages/DayPage'
import type { SearchProps } from '@/portal/pages/pageProps'

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

/** The header's "News by day" and the day picker (`/en/day?date=…`): that day's, else today's. */
const EnglishDayFormTarget = (props: Pick<SearchProps, 'searchParams'>) =>
  dayFormTarget({ ...props, language: 'en' })

export default EnglishDayFormTarget
