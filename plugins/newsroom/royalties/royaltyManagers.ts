import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { rolesOf } from '../utilities/actorContext'

/** The editor-in-chief (by default) chooses coefficients and closes months; admins may too. */
export const isRoyaltyManager = (config: SanitizedNewsroomConfig, req: PayloadRequest): boolean =>
  rolesOf(config, req.user).some(
    (role) => role === config.adminRole || config.royaltyManagerRoles.includes(role),
  )
