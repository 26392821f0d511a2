import type { FieldHook } from 'payload'

import { readLanguage } from '@/i18n/readLanguage'
import { titleOrLastHeld } from '@/lib/titleAt'
import { vietnamDay } from '@/lib/vietnamTime'
import type { Official } from '@/payload-types'

/**
 * Fills the virtual `currentTitle` from the positions held today in Vietnam, or the last ones
 * held, in the read's language (the positions' titles are read in its locale).
 */
export const currentTitle: FieldHook<Official, string> = ({ siblingData, req }) =>
  titleOrLastHeld(siblingData.positions ?? [], vietnamDay(new Date()), readLanguage(req))
