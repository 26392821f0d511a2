import type { Field } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { bylineRoles, bylineRoleWords } from './bylineRoles'
import { fillBylineNames } from './fillBylineNames'
import { printBylineText } from './printBylineText'

const serverOnly = { create: () => false, update: () => false }

/** The byline, its printed form, and the stamps of who moved the document along. */
export const attributionFields = (config: SanitizedNewsroomConfig): Field[] => [
  {
    name: 'byline',
    type: 'array',
    label: { vi: 'Tác giả (bút danh)', en: 'Byline' },
    labels: {
      singular: { vi: 'Tác giả', en: 'Credit' },
      plural: { vi: 'Tác giả', en: 'Credits' },
    },
    admin: {
      description: {
        vi: 'Theo thứ tự in dưới bài. Một người có thể giữ nhiều vai trò. Để trống thì người tạo bài là tác giả.',
        en: 'In printed order. One person may hold several roles. Empty: the creator is the writer.',
      },
    },
    hooks: { beforeChange: [fillBylineNames(config)] },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'person',
            type: 'relationship',
            relationTo: [config.usersCollection, config.contributorsCollection],
            label: { vi: 'Người', en: 'Person' },
            required: true,
            admin: { disableListFilter: true },
          },
          {
            name: 'role',
            type: 'select',
            label: { vi: 'Vai trò', en: 'Role' },
            required: true,
            defaultValue: 'text',
            admin: { disableListFilter: true },
            options: bylineRoles.map((role) => ({
              value: role,
              label: bylineRoleWords[role].label,
            })),
          },
          {
            name: 'displayName',
            type: 'text',
            label: { vi: 'Tên in', en: 'Printed name' },
            admin: {
              description: { vi: 'Mặc định là bút danh.', en: 'Defaults to the pen name.' },
              disableListFilter: true,
            },
          },
        ],
      },
    ],
  },
  {
    name: 'bylineText',
    type: 'text',
    label: { vi: 'Dòng tác giả', en: 'Printed byline' },
    virtual: true,
    admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
    hooks: { afterRead: [printBylineText(config)] },
  },
  ...Object.values(config.stamps).flatMap(({ by, at, label }): Field[] => [
    {
      name: by,
      label: label.by,
      type: 'relationship',
      relationTo: config.usersCollection,
      access: serverOnly,
      index: true,
      // Kept in the API and the list; the panel's history names who made each move.
      admin: { readOnly: true, position: 'sidebar', condition: () => false },
    },
    {
      name: at,
      label: label.at,
      type: 'date',
      access: serverOnly,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
  ]),
]
