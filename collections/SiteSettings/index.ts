import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

import { SITE_SETTINGS } from './slug'
import { forgetStoredSettings } from '../Sites/hooks/inheritSettings'
import { siteSettingsFields } from '../Sites/settingsFields'

/**
 * The installation's defaults for what every portal prints in its header and footer: a site
 * prints its own settings, else its parent site's, else these (collections/Sites). A one-site
 * installation edits only this; `name` is the admin's name for the newsroom when no site is
 * chosen. Admins edit it; everyone reads it (it holds nothing but what the portal prints).
 */
export const SiteSettings: GlobalConfig = {
  slug: SITE_SETTINGS,
  label: { vi: 'Thông tin chung các cổng', en: 'Sites’ common settings' },
  graphQL: { name: 'SiteSettings' },
  admin: {
    group: { vi: 'Cấu hình', en: 'Settings' },
    description: {
      vi: 'Mỗi cổng in thông tin của mình; mục nào cổng và các cổng cấp trên để trống thì in mục ở đây.',
      en: 'Each site prints its own settings; what it and its parent sites leave empty is printed from here.',
    },
  },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [forgetStoredSettings] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên cổng thông tin', en: 'Site name' },
      required: true,
      localized: true,
    },
    ...siteSettingsFields,
  ],
}
