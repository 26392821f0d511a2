import type { Access, CollectionConfig, FieldAccess } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { rolesOf } from '../utilities/actorContext'

/**
 * External contributors (cộng tác viên) who never log in: credited in bylines and photo
 * credits, paid royalties. Names are public (they are printed); contact details are staff-only.
 * Linking a profile to an account later keeps every credit and royalty line it already has.
 */
export const contributorsCollection = (config: SanitizedNewsroomConfig): CollectionConfig => {
  const isManager: Access = ({ req }) =>
    rolesOf(config, req).some(
      (role) => role === config.adminRole || config.contributorManagerRoles.includes(role),
    )
  const isStaff: FieldAccess = ({ req }) => rolesOf(config, req).length > 0
  return {
    slug: config.contributorsCollection,
    labels: {
      singular: { vi: 'Cộng tác viên', en: 'Contributor' },
      plural: { vi: 'Cộng tác viên', en: 'Contributors' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'penName', 'unit', 'linkedUser'],
      group: { vi: 'Tòa soạn', en: 'Newsroom' },
    },
    access: { read: () => true, create: isManager, update: isManager, delete: isManager },
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        index: true,
        label: { vi: 'Họ và tên', en: 'Full name' },
      },
      { name: 'penName', type: 'text', index: true, label: { vi: 'Bút danh', en: 'Pen name' } },
      config.unitsCollection
        ? {
            name: 'unit',
            type: 'relationship',
            relationTo: config.unitsCollection,
            label: { vi: 'Đơn vị', en: 'Unit' },
          }
        : { name: 'unit', type: 'text', label: { vi: 'Đơn vị', en: 'Unit' } },
      {
        name: 'contact',
        type: 'group',
        label: { vi: 'Liên hệ (chỉ tòa soạn xem)', en: 'Contact (staff only)' },
        access: { read: isStaff },
        fields: [
          { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
          { name: 'email', type: 'email', label: { vi: 'Email', en: 'Email' } },
          { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
          {
            name: 'bankAccount',
            type: 'text',
            label: { vi: 'Tài khoản ngân hàng', en: 'Bank account' },
          },
        ],
      },
      {
        name: 'linkedUser',
        type: 'relationship',
        relationTo: config.usersCollection,
        unique: true,
        label: { vi: 'Tài khoản đăng nhập', en: 'Linked account' },
        access: { read: isStaff },
        admin: {
          description: {
            vi: 'Khi cộng tác viên có tài khoản: mọi bài và nhuận bút cũ vẫn giữ nguyên.',
            en: 'When the contributor gets an account: their credits and royalties stay.',
          },
        },
      },
    ],
  }
}
