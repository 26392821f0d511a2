import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

/**
 * The portal's name, logo and contact lines, printed in its header and footer. Admins edit it;
 * everyone reads it (it holds nothing but what the portal prints).
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Thông tin cổng', en: 'Site settings' },
  graphQL: { name: 'SiteSettings' },
  admin: { group: { vi: 'Cấu hình', en: 'Settings' } },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên cổng thông tin', en: 'Site name' },
      required: true,
      localized: true,
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
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
  ],
}
