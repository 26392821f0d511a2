import type { Access, Where } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'

/** Editors edit any article; reporters and contributors only the drafts they created. */
export const canUpdateArticle: Access = ({ req }) => {
  if (isEditor({ req })) return true
  if (!isStaff({ req }) || !req.user) return false
  const ownDraft: Where = {
    and: [{ createdBy: { equals: req.user.id } }, { _status: { equals: 'draft' } }],
  }
  return ownDraft
}
