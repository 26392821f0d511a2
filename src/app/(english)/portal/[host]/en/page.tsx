import type { Metadata } from 'next'

import { paths } from '@/portal/components/paths'
import { englishPaths } from '@/portal/i18n/localePaths'
import { HomePage } from '@/portal/pages/HomePage'

export const metadata: Metadata = {
  alternates: {
    canonical: englishPaths.home,
    languages: { vi: paths.home, en: englishPaths.home },
  },
}

/** The English section's home page: the same page as the Vietnamese one, in English. */
const EnglishHomeRoute = () => <HomePage language="en" />

export default EnglishHomeRoute
