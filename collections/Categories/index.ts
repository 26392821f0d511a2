import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { editorRoles } from '@/access/roles'
import { siteRoleAccess } from '@/access/siteRoles'
import { parentField } from '@/fields/parentField'
import { slugField } from '@/fields/slugField'
import { requireRoleOnSite } from '@/sites/requireRoleOnSite'

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
    // Each site's editors keep its own categories.
    create: isEditor,
    update: siteRoleAccess(editorRoles),
    delete: siteRoleAccess(editorRoles),
  },
  hooks: { beforeChange: [requireRoleOnSite(editorRoles)] },
  // "tin-tuc" on every site: a slug is unique within its site.
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên chuyên mục', en: 'Name' },
      required: true,
      localized: true,
    },
    // Unique within its site and locale; localized: the English section's addresses are English
    // ("/en/category/politics").
    slugField({ from: 'name', uniqueWithin: 'site', localized: true }),
    parentField({
      relationTo: slugs.categories,
      label: { vi: 'Chuyên mục cha', en: 'Parent category' },
    }),
  ],
}
