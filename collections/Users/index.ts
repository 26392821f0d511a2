import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { roleLabels, roles } from '@/access/roles'

import { slugs } from '../slugs'
import { canManageUsers } from './access/canManageUsers'
import { noEmailVerification } from './endpoints/noEmailVerification'
import { resendInvitation } from './endpoints/resendInvitation'
import { guardAccountDeletion, guardSiteRows } from './hooks/guardSiteRows'
import { inviteNewUser } from './hooks/inviteNewUser'
import { keepArticlePresets } from './hooks/keepArticlePresets'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import {
  globalRolesFromAdminsOnly,
  noGlobalRolesForSiteMembers,
} from './hooks/noGlobalRolesForSiteMembers'
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
    // A site's admin manages its own site's accounts (guardSiteRows keeps them to its rows).
    create: canManageUsers({ self: false }),
    update: canManageUsers({ self: true }),
    delete: canManageUsers({ self: false }),
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [unusablePasswordWhenMissing, noGlobalRolesForSiteMembers],
    beforeChange: [guardSiteRows, globalRolesFromAdminsOnly, makeFirstUserAdmin],
    beforeDelete: [guardAccountDeletion],
    afterChange: [keepArticlePresets, inviteNewUser],
  },
  endpoints: [resendInvitation, noEmailVerification],
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
      label: { vi: 'Vai trò ở mọi cổng', en: 'Roles on every site' },
      hasMany: true,
      // Empty for an account whose roles are all per site (`sites[]`).
      defaultValue: ['reporter'],
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: {
        // Nobody but the installation's admin gives or takes a role on every site, their own
        // included; a site's admin gives roles on its site in `sites[]`.
        create: isAdmin,
        update: isAdmin,
      },
    },
  ],
}
