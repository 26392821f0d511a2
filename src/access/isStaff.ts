import type { PayloadRequest } from 'payload'

import { hasRole, roles } from './roles'

/** Any logged-in newsroom member, whatever the role. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, roles)
