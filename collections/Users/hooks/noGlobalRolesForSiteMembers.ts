import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * A new account given a row in `sites[]` holds its roles there: its `roles` (roles on every site)
 * then default to none instead of a reporter's on every site.
 */
export const noGlobalRolesForSiteMembers: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
}) => {
  if (operation !== 'create') return args
  const data = (args.data ?? {}) as { roles?: unknown; sites?: unknown }
  if (data.roles !== undefined || !Array.isArray(data.sites) || !data.sites.length) return args
  return { ...args, data: { ...data, roles: [] } }
}

/**
 * Only the installation's admin gives roles on every site. The field's access drops what anyone
 * else sent, but Payload then fills in the field's default (a reporter on every site): an
 * account a site's admin creates has no roles but those on its site.
 */
export const globalRolesFromAdminsOnly: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user && !hasRole(req.user, ['admin'])
    ? { ...data, roles: [] }
    : data
