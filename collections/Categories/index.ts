import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { parentField } from '@/fields/parentField'
import { slugField } from '@/fields/slugField'

import { slugs } from '../slugs'

export const Categories: CollectionConfig<'categories'> = {
  slug: slugs.categories,
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Category' },
    plural: { vi: 'Chuyên mục', en: 'Categories' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên chuyên mục', en: 'Name' },
      required: true,
      localized: true,
    },
    // Localized: the English section's addresses are English ("/en/chuyen-muc/politics").
    slugField({ from: 'name', localized: true }),
    parentField({
      relationTo: slugs.categories,
      label: { vi: 'Chuyên mục cha', en: 'Parent category' },
    }),
  ],
}
