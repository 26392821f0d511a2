import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { ROYALTY_PERIODS } from './closedMonths'
import { isRoyaltyManager } from './royaltyManagers'
import { rolesOf } from '../utilities/actorContext'

/** A closed month of royalties: creating it closes the month; its lines are then locked. */
export const royaltyPeriodsCollection = (config: SanitizedNewsroomConfig): CollectionConfig => ({
  slug: ROYALTY_PERIODS,
  labels: {
    singular: { vi: 'Tháng đã khóa sổ', en: 'Closed month' },
    plural: { vi: 'Khóa sổ nhuận bút', en: 'Closed royalty months' },
  },
  admin: { useAsTitle: 'month', group: { vi: 'Nhuận bút', en: 'Royalties' } },
  access: {
    read: ({ req }) => rolesOf(config, req.user).length > 0,
    create: ({ req }) => isRoyaltyManager(config, req),
    update: () => false,
    // Reopening a month is an admin's correction, not an everyday act.
    delete: ({ req }) => rolesOf(config, req.user).includes(config.adminRole),
  },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) =>
        operation === 'create' ? { ...data, closedBy: req.user?.id ?? null } : data,
    ],
  },
  fields: [
    {
      name: 'month',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Tháng (YYYY-MM)', en: 'Month (YYYY-MM)' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
          ? true
          : 'Tháng phải có dạng YYYY-MM (month must be YYYY-MM).',
    },
    {
      name: 'closedBy',
      type: 'relationship',
      relationTo: config.usersCollection,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      label: { vi: 'Người khóa sổ', en: 'Closed by' },
    },
  ],
})
