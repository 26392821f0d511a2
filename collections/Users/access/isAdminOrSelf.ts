import type { Access } from 'payload'

import { isAdmin } from '@/access/isAdmin'

/** Everyone may keep their own profile and password; admins keep everybody's. */
export const isAdminOrSelf: Access = ({ req }) =>
  isAdmin({ req }) || (req.user ? { id: { equals: req.user.id } } : false)
