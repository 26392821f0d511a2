import type { Unit } from '../payload-types'
import type { SelectOption } from './selectOption'

/** Kinds of unit, as the units collection and the import view name them. */
export const unitKinds: SelectOption<Unit['kind']>[] = [
  { value: 'partyCommittee', label: { vi: 'Cấp ủy Đảng', en: 'Party committee' } },
  { value: 'peoplesCommittee', label: { vi: 'Ủy ban nhân dân', en: "People's committee" } },
  { value: 'peoplesCouncil', label: { vi: 'Hội đồng nhân dân', en: "People's council" } },
  { value: 'department', label: { vi: 'Sở, ban, ngành, phòng', en: 'Department or office' } },
  { value: 'communeOrWard', label: { vi: 'Xã, phường', en: 'Commune or ward' } },
  {
    value: 'massOrganisation',
    label: { vi: 'Mặt trận Tổ quốc, đoàn thể', en: 'Fatherland Front or mass organisation' },
  },
  { value: 'armedForces', label: { vi: 'Lực lượng vũ trang', en: 'Armed forces' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
]
