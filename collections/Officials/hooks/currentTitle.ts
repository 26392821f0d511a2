import type { FieldHook } from 'payload'

import type { Official } from '../../../src/payload-types'
import { titleAt } from '../../../src/lib/titleAt'
import { vietnamDay } from '../../../src/lib/vietnamTime'

/** Fills the virtual `currentTitle` from the positions held today in Vietnam. */
export const currentTitle: FieldHook<Official, string> = ({ siblingData }) =>
  titleAt(siblingData.positions ?? [], vietnamDay(new Date()))
