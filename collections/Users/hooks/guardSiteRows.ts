import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { hasRole } from '@/access/roles'
import { globalRoles, sitesWithRole } from '@/access/siteRoles'
import { idOf } from '@/lib/idOf'
import type { User } from '@/payload-types'

type Row = NonNullable<User['sites']>[number]

const siteOf = (row: Row): string => String(idOf(row.site) ?? '')

const rowKey = (row: Row) => `${siteOf(row)}:${[...(row.roles ?? [])].sort().join(',')}`

const refuse = (): never => {
  throw new APIError(
    'Chỉ quản trị cổng đó mới giao vai trò ở cổng này (only that site’s admin gives roles there).',
    403,
    undefined,
    true,
  )
}

/** The installation's admins keep every account; a site's admin only their site's. */
const isInstallationWide = (user: unknown) => hasRole(user, ['admin', 'siteAdmin'])

/** Whether the account holds roles on every site, or on a site outside these. */
const hasRolesBeyond = (account: Partial<User>, sites: Set<string>) =>
  globalRoles(account).length > 0 || (account.sites ?? []).some((row) => !sites.has(siteOf(row)))

/**
 * A site's admin (`siteAdmin` on a site's row) gives and takes roles on that site only: every row
 * of `sites[]` that a write adds, changes or removes must be on one of their sites. An account
 * with roles on every site, or on a site they do not administer, is not theirs to change (its
 * email and password included): taking it over would give them its roles there.
 */
export const guardSiteRows: CollectionBeforeChangeHook<User> = ({ data, originalDoc, req }) => {
  if (!req.user || isInstallationWide(req.user)) return data
  const mine = new Set(sitesWithRole(req.user, ['siteAdmin']))
  const isSelf = originalDoc && String(originalDoc.id) === String(req.user.id)
  if (originalDoc && !isSelf && hasRolesBeyond(originalDoc, mine)) refuse()
  if (!Array.isArray(data.sites)) return data
  const before = (originalDoc?.sites ?? []) as Row[]
  const after = data.sites as Row[]
  const beforeKeys = new Set(before.map(rowKey))
  const afterKeys = new Set(after.map(rowKey))
  const touched = [
    ...after.filter((row) => !beforeKeys.has(rowKey(row))),
    ...before.filter((row) => !afterKeys.has(rowKey(row))),
  ]
  if (touched.some((row) => !mine.has(siteOf(row)))) refuse()
  return data
}

/** A site's admin removes accounts of their own sites only, none with roles elsewhere. */
export const guardAccountDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || isInstallationWide(req.user)) return
  const account = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (hasRolesBeyond(account, new Set(sitesWithRole(req.user, ['siteAdmin'])))) refuse()
}
