import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { ROYALTY_PERIODS } from './closedMonths'
import { isRoyaltyManager } from './royaltyManagers'
import { rolesOf } from '../utilities/actorContext'
import { refuse } from '../utilities/refuse'

/**
 * A closed month of royalties: creating it closes the month; its lines are then locked. With a
 * `scopeField`, each board (site) closes its own months: unique per month and board.
 */
export const royaltyPeriodsCollection = (config: SanitizedNewsroomConfig): CollectionConfig => ({
  slug: ROYALTY_PERIODS,
  labels: {
    singular: { vi: 'Tháng đã khóa sổ', en: 'Closed month' },
    plural: { vi: 'Khóa sổ nhuận bút', en: 'Closed royalty months' },
  },
  admin: { useAsTitle: 'month', group: { vi: 'Nhuận bút', en: 'Royalties' } },
  access: {
    read: ({ req }) => rolesOf(config, req).length > 0,
    // Which board: the hook checks the roles on the month's own board.
    create: ({ req }) => isRoyaltyManager(config, req),
    update: () => false,
    // Reopening a month is an admin's correction, not an everyday act.
    delete: ({ req }) => rolesOf(config, req).includes(config.adminRole),
  },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation !== 'create') return data
        if (req.user && !isRoyaltyManager(config, req, data)) {
          refuse('Bạn không khóa sổ nhuận bút của đơn vị này (you manage no royalties there).', 403)
        }
        return { ...data, closedBy: req.user?.id ?? null }
      },
    ],
  },
  ...(config.scopeField
    ? { indexes: [{ fields: [config.scopeField, 'month'], unique: true }] }
    : {}),
  fields: [
    {
      name: 'month',
      type: 'text',
      required: true,
      unique: !config.scopeField,
      index: Boolean(config.scopeField),
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
      label: { vi: 'Người khóa sổ', en: 'Closed by' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
  ],
})
