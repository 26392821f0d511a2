import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { dateRangeFields } from '@/fields/dateRangeFields'
import { slugField } from '@/fields/slugField'

import { slugs } from '../slugs'
import { titleEndpoint } from './endpoints/titleEndpoint'
import { currentTitle } from './hooks/currentTitle'

export const Officials: CollectionConfig<'officials'> = {
  slug: slugs.officials,
  labels: {
    singular: { vi: 'Cán bộ', en: 'Official' },
    plural: { vi: 'Cán bộ', en: 'Officials' },
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'currentTitle'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  endpoints: [titleEndpoint],
  fields: [
    {
      name: 'fullName',
      type: 'text',
      label: { vi: 'Họ và tên', en: 'Full name' },
      required: true,
      index: true,
    },
    slugField({ from: 'fullName' }),
    {
      name: 'photo',
      type: 'upload',
      relationTo: slugs.media,
      label: { vi: 'Ảnh chân dung', en: 'Photo' },
    },
    {
      name: 'positions',
      type: 'array',
      label: { vi: 'Chức vụ', en: 'Positions' },
      labels: {
        singular: { vi: 'Chức vụ', en: 'Position' },
        plural: { vi: 'Chức vụ', en: 'Positions' },
      },
      admin: {
        description: {
          vi: 'Mọi chức vụ, kể cả kiêm nhiệm, theo thứ tự in trên báo: "Tỉnh ủy viên", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố Bắc Kạn".',
          en: 'Every position, concurrent ones included, in the order the portal prints them.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'title',
              type: 'text',
              label: { vi: 'Chức danh', en: 'Title' },
              required: true,
              localized: true,
            },
            {
              name: 'unit',
              type: 'relationship',
              relationTo: slugs.units,
              label: { vi: 'Đơn vị', en: 'Unit' },
              index: true,
            },
          ],
        },
        {
          type: 'row',
          fields: dateRangeFields({
            from: { name: 'from', label: { vi: 'Từ ngày', en: 'From' } },
            to: { name: 'to', label: { vi: 'Đến ngày', en: 'To' } },
          }),
        },
      ],
    },
    {
      name: 'currentTitle',
      type: 'text',
      label: { vi: 'Chức danh hiện nay', en: 'Current title' },
      virtual: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          vi: 'Tính từ các chức vụ đang giữ hôm nay; khi không còn giữ chức vụ nào: chức danh cuối cùng, kèm ngày thôi giữ.',
          en: 'Computed from the positions held today; when none is held any more: the last title, with the day it ended.',
        },
      },
      hooks: { afterRead: [currentTitle] },
    },
  ],
}
