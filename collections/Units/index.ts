import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { dateRangeFields } from '@/fields/dateRangeFields'
import { parentField } from '@/fields/parentField'
import { slugField } from '@/fields/slugField'
import { unitKinds } from '@/options/unitKinds'
import { unitLevels } from '@/options/unitLevels'

import { slugs } from '../slugs'

export const Units: CollectionConfig<'units'> = {
  slug: slugs.units,
  labels: {
    singular: { vi: 'Đơn vị', en: 'Unit' },
    plural: { vi: 'Đơn vị', en: 'Units' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'level', 'parent'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên đơn vị', en: 'Name' },
      required: true,
      localized: true,
      admin: {
        description: { vi: 'Ví dụ: UBND thành phố Bắc Kạn', en: 'E.g. UBND thành phố Bắc Kạn' },
      },
    },
    {
      name: 'shortName',
      type: 'text',
      label: { vi: 'Tên gọi tắt', en: 'Short name' },
      localized: true,
      admin: {
        description: { vi: 'Ví dụ: Thành ủy, phòng Nội vụ', en: 'E.g. Thành ủy, phòng Nội vụ' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { vi: 'Loại đơn vị', en: 'Kind' },
          required: true,
          index: true,
          options: unitKinds,
        },
        {
          name: 'level',
          type: 'select',
          label: { vi: 'Cấp', en: 'Level' },
          required: true,
          index: true,
          options: unitLevels,
        },
      ],
    },
    parentField({ relationTo: slugs.units, label: { vi: 'Đơn vị cấp trên', en: 'Parent unit' } }),
    {
      type: 'row',
      fields: dateRangeFields({
        from: { name: 'validFrom', label: { vi: 'Hoạt động từ ngày', en: 'Valid from' } },
        to: { name: 'validTo', label: { vi: 'Đến ngày (giải thể, sáp nhập)', en: 'Valid to' } },
      }),
    },
    {
      name: 'successor',
      type: 'relationship',
      relationTo: slugs.units,
      label: { vi: 'Sáp nhập / đổi tên thành', en: 'Merged or renamed into' },
      admin: {
        description: {
          vi: 'Ví dụ: tỉnh Bắc Kạn sáp nhập vào tỉnh Thái Nguyên năm 2025.',
          en: 'E.g. Bắc Kạn province was merged into Thái Nguyên in 2025.',
        },
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    slugField({ from: 'name' }),
  ],
}
