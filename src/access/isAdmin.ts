import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Usable as collection and field access. */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ['admin'])
