import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { sitesWithRole } from '@/access/siteRoles'
import { idOf } from '@/lib/idOf'
import type { User } from '@/payload-types'

type Row = NonNullable<User['sites']>[number]

const siteOf = (row: Row): string => String(idOf(row.site) ?? '')

const rowKey = (row: Row) => `${siteOf(row)}:${[...(row.roles ?? [])].sort().join(',')}`

/**
 * A site's admin (`siteAdmin` on a site's row) gives and takes roles on that site only: every row
 * of `sites[]` that a write adds, changes or removes must be on one of their sites. The
 * installation's admins (`admin` or `siteAdmin` in `roles`) keep every site.
 */
export const guardSiteRows: CollectionBeforeChangeHook<User> = ({ data, originalDoc, req }) => {
  if (!req.user || !Array.isArray(data.sites)) return data
  if (hasRole(req.user, ['admin', 'siteAdmin'])) return data
  const mine = new Set(sitesWithRole(req.user, ['siteAdmin']))
  const before = (originalDoc?.sites ?? []) as Row[]
  const after = data.sites as Row[]
  const beforeKeys = new Set(before.map(rowKey))
  const afterKeys = new Set(after.map(rowKey))
  const touched = [
    ...after.filter((row) => !beforeKeys.has(rowKey(row))),
    ...before.filter((row) => !afterKeys.has(rowKey(row))),
  ]
  const foreign = touched.find((row) => !mine.has(siteOf(row)))
  if (foreign) {
    throw new APIError(
      'Chỉ quản trị cổng đó mới giao vai trò ở cổng này (only that site’s admin gives roles there).',
      403,
      undefined,
      true,
    )
  }
  return data
}
