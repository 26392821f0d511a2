import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { roleLabels, roles } from '@/access/roles'

import { slugs } from '../slugs'
import { isAdminOrSelf } from './access/isAdminOrSelf'
import { resendInvitation } from './endpoints/resendInvitation'
import { inviteNewUser } from './hooks/inviteNewUser'
import { keepArticlePresets } from './hooks/keepArticlePresets'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { unusablePasswordWhenMissing } from './hooks/unusablePasswordWhenMissing'

export const Users: CollectionConfig<'users'> = {
  slug: slugs.users,
  labels: {
    singular: { vi: 'Người dùng', en: 'User' },
    plural: { vi: 'Người dùng', en: 'Users' },
  },
  auth: true,
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'penName', 'email', 'roles'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  access: {
    // Staff need the directory to pick authors; the public never sees accounts (emails are private).
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [unusablePasswordWhenMissing],
    beforeChange: [makeFirstUserAdmin],
    afterChange: [keepArticlePresets, inviteNewUser],
  },
  endpoints: [resendInvitation],
  fields: [
    {
      // Not data: the invitation note on create, the resend button after.
      name: 'invitation',
      type: 'ui',
      admin: { components: { Field: '/components/Invitation/InvitationField#InvitationField' } },
    },
    {
      name: 'fullName',
      type: 'text',
      label: { vi: 'Họ và tên', en: 'Full name' },
      required: true,
    },
    {
      name: 'penName',
      type: 'text',
      label: { vi: 'Bút danh', en: 'Pen name' },
      admin: {
        description: {
          vi: 'Tên in dưới bài viết; để trống thì dùng họ và tên.',
          en: 'The name printed under articles; the full name when empty.',
        },
      },
    },
    {
      name: 'roles',
      type: 'select',
      label: { vi: 'Vai trò', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['reporter'],
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: {
        // Nobody but an admin gives or takes a role, their own included.
        create: isAdmin,
        update: isAdmin,
      },
    },
  ],
}
