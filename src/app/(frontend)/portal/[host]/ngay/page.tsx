import { redirect } from 'next/navigation'

import { isCalendarDay, vietnamDay } from '@/lib/vietnamTime'
import { paths } from '@/portal/components/paths'

// Rendered per request, never cached: it reads the query string.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The day picker's form (`/ngay?ngay=2020-12-30`) lands on that day's archive; no day: today. */
const DayFormTarget = async ({ searchParams }: Props) => {
  const value = (await searchParams).ngay
  const day = typeof value === 'string' && isCalendarDay(value) ? value : vietnamDay(new Date())
  redirect(paths.day(day))
}

export default DayFormTarget
