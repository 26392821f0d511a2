import { redirect } from 'next/navigation'

import { vietnamDay } from '@/lib/vietnamTime'
import { englishPaths } from '@/portal/i18n/localePaths'

/** The header's "News by day" lands on today's English archive (Vietnam's day). */
const EnglishDayIndex = () => redirect(englishPaths.day(vietnamDay(new Date())))

export default EnglishDayIndex
