import type { PayloadRequest } from 'payload'

import { roles } from './roles'
import { hasRoleAnywhere } from './siteRoles'

/**
 * Any logged-in newsroom member, whatever the role, on any site. Site-scoped collections narrow
 * this to the member's own sites (plugins/sites.ts).
 */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean =>
  hasRoleAnywhere(req.user, roles)
