import type { CollectionBeforeOperationHook } from 'payload'

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
