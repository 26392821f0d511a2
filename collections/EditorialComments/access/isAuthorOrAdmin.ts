import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** A comment is changed or removed by the person who wrote it, or an admin. */
export const isAuthorOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  return hasRole(req.user, ['admin']) || { author: { equals: req.user.id } }
}
