import type { FieldHook } from 'payload'

import type { Official } from '../../../src/payload-types'
import { titleOrLastHeld } from '../../../src/lib/titleAt'
import { vietnamDay } from '../../../src/lib/vietnamTime'

/** Fills the virtual `currentTitle` from the positions held today in Vietnam, or the last ones held. */
export const currentTitle: FieldHook<Official, string> = ({ siblingData }) =>
  titleOrLastHeld(siblingData.positions ?? [], vietnamDay(new Date()))
