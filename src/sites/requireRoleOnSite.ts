import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Role } from '@/access/roles'
import { rolesOnSite } from '@/access/siteRoles'

/**
 * Create access cannot look at the document, so a write to a site-scoped collection also checks
 * here that the writer holds one of these roles on the site it is written to (their role on
 * another site does not count).
 */
export const requireRoleOnSite =
  (wanted: readonly Role[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    if (!req.user) return data
    const site = (data as { site?: unknown }).site ?? (originalDoc as { site?: unknown })?.site
    if (!rolesOnSite(req.user, site).some((role) => wanted.includes(role))) {
      throw new APIError(
        'Vai trò của bạn ở cổng này không cho phép việc này (your role on this site does not allow it).',
        403,
        undefined,
        true,
      )
    }
    return data
  }
