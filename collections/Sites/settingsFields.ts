import type { Field } from 'payload'

import { slugs } from '../slugs'

/**
 * What a portal prints in its header and footer. One list for a site's own `settings` and for
 * the installation's defaults (the `site-settings` global): a site prints its own value, else its
 * parent site's, else the global's (hooks/inheritSettings.ts).
 */
export const siteSettingsFields: Field[] = [
  {
    name: 'logo',
    type: 'upload',
    relationTo: slugs.media,
    label: { vi: 'Logo', en: 'Logo' },
    filterOptions: { mimeType: { contains: 'image/' } },
  },
  { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' }, localized: true },
  { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
  { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
  {
    name: 'responsibleAgency',
    type: 'text',
    label: { vi: 'Cơ quan chịu trách nhiệm nội dung', en: 'Agency responsible for the content' },
    localized: true,
  },
  {
    name: 'footerText',
    type: 'textarea',
    label: { vi: 'Dòng chân trang', en: 'Footer text' },
    localized: true,
    admin: {
      description: {
        vi: 'Ví dụ: giấy phép, người chịu trách nhiệm chính.',
        en: 'E.g. the licence, the person responsible.',
      },
    },
  },
]

/** The names of the settings a site inherits when it leaves them empty. */
export const siteSettingNames = siteSettingsFields.flatMap((field) =>
  'name' in field ? [field.name] : [],
)
