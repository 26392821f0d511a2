import type { Unit } from '../payload-types'
import type { SelectOption } from './selectOption'

/** Levels of government a unit belongs to. */
export const unitLevels: SelectOption<Unit['level']>[] = [
  { value: 'province', label: { vi: 'Tỉnh', en: 'Province' } },
  { value: 'district', label: { vi: 'Huyện, thành phố', en: 'District or city' } },
  { value: 'commune', label: { vi: 'Xã, phường', en: 'Commune or ward' } },
]
