import type { Access, Where } from 'payload'

import { editorRoles, roles } from '@/access/roles'
import { whereSiteRole } from '@/access/siteRoles'

/**
 * Editors edit any article of their sites; reporters and contributors only the drafts they
 * created there. A role counts on its own site only (roles per site).
 */
export const canUpdateArticle: Access = ({ req }) => {
  const asEditor = whereSiteRole(req.user, editorRoles)
  if (asEditor === true) return true
  const asStaff = whereSiteRole(req.user, roles)
  if (!asStaff || !req.user) return false
  const ownDraft: Where = {
    and: [{ createdBy: { equals: req.user.id } }, { _status: { equals: 'draft' } }],
  }
  return {
    or: [
      ...(asEditor ? [asEditor] : []),
      asStaff === true ? ownDraft : { and: [asStaff, ownDraft] },
    ],
  }
}
