import type { FieldHook } from 'payload'

import { titleOrLastHeld } from '@/lib/titleAt'
import { vietnamDay } from '@/lib/vietnamTime'
import type { Official } from '@/payload-types'

/** Fills the virtual `currentTitle` from the positions held today in Vietnam, or the last ones held. */
export const currentTitle: FieldHook<Official, string> = ({ siblingData }) =>
  titleOrLastHeld(siblingData.positions ?? [], vietnamDay(new Date()))
