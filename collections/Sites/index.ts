import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { parentField } from '@/fields/parentField'
import { slugField } from '@/fields/slugField'
import { siteLanguages } from '@/sites/siteLanguages'

import { slugs } from '../slugs'
import { forgetStoredSettings, INHERITED_SETTINGS, inheritSettings } from './hooks/inheritSettings'
import { siteSettingsFields } from './settingsFields'

/**
 * A portal of the installation: the province's, a city's or a ward's (trang thông tin điện tử
 * thành phần). Articles, categories and media belong to one site (plugins/sites.ts); officials,
 * units, meetings and contributors are shared by all. Everything here is what the portal prints
 * or routes by, so everyone may read it; installation admins manage sites.
 */
export const Sites: CollectionConfig<'sites'> = {
  slug: slugs.sites,
  labels: {
    singular: { vi: 'Cổng thông tin', en: 'Site' },
    plural: { vi: 'Các cổng thông tin', en: 'Sites' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'hosts', 'parent', 'languages'],
    group: { vi: 'Cấu hình', en: 'Settings' },
  },
  hooks: {
    beforeRead: [inheritSettings],
    afterChange: [forgetStoredSettings],
    afterDelete: [forgetStoredSettings],
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên cổng thông tin', en: 'Site name' },
      required: true,
      localized: true,
    },
    slugField({ from: 'name' }),
    {
      // The host names the portal answers on (no scheme, no port): "backan.gov.vn", "www.…".
      name: 'hosts',
      type: 'array',
      label: { vi: 'Tên miền', en: 'Host names' },
      labels: { singular: { vi: 'Tên miền', en: 'Host' }, plural: { vi: 'Tên miền', en: 'Hosts' } },
      fields: [
        {
          name: 'host',
          type: 'text',
          label: { vi: 'Tên miền', en: 'Host name' },
          required: true,
          index: true,
        },
      ],
    },
    parentField({
      relationTo: slugs.sites,
      label: { vi: 'Cổng cấp trên', en: 'Parent site' },
    }),
    {
      name: 'languages',
      type: 'select',
      label: { vi: 'Ngôn ngữ', en: 'Languages' },
      hasMany: true,
      required: true,
      defaultValue: ['vi'],
      options: siteLanguages.map((language) => ({ value: language.code, label: language.label })),
    },
    {
      // What the portal prints in its header and footer: this site's own, the rest inherited.
      name: 'settings',
      type: 'group',
      label: { vi: 'Thông tin in trên cổng', en: 'Printed on the portal' },
      // What each empty item prints now, from the parent site or the installation's defaults.
      admin: { components: { Description: '/components/InheritedSettings#InheritedSettings' } },
      fields: siteSettingsFields,
    },
    {
      name: INHERITED_SETTINGS,
      type: 'text',
      hasMany: true,
      virtual: true,
      label: { vi: 'Mục kế thừa', en: 'Inherited settings' },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
  ],
}
