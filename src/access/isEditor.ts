import type { PayloadRequest } from 'payload'

import { editorRoles } from './roles'
import { hasRoleAnywhere } from './siteRoles'

/**
 * Editors, the editor-in-chief and admins, on any site: for shared records (officials, units,
 * meetings). Site-scoped collections use `siteRoleAccess(editorRoles)` instead.
 */
export const isEditor = ({ req }: { req: PayloadRequest }): boolean =>
  hasRoleAnywhere(req.user, editorRoles)
