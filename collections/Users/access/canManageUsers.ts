import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { sitesWithRole } from '@/access/siteRoles'

/**
 * Admins manage every account; a site's admin (`siteAdmin` on a site's row, or on every site in
 * `roles`) the accounts with a row on their sites. `self`: everyone keeps their own profile and
 * password too.
 */
export const canManageUsers =
  ({ self }: { self: boolean }): Access =>
  ({ req }) => {
    if (hasRole(req.user, ['admin', 'siteAdmin'])) return true
    if (!req.user) return false
    const sites = sitesWithRole(req.user, ['siteAdmin'])
    const clauses: Where[] = [
      ...(self ? [{ id: { equals: req.user.id } }] : []),
      ...(sites.length ? [{ 'sites.site': { in: sites } }] : []),
    ]
    if (!clauses.length) return false
    return clauses.length === 1 ? clauses[0] : { or: clauses }
  }
