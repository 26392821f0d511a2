import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { rolesOf } from '../utilities/actorContext'

/** Whether these roles choose coefficients and close months: the editor-in-chief, and admins. */
export const managesRoyalties = (config: SanitizedNewsroomConfig, roles: string[]): boolean =>
  roles.some((role) => role === config.adminRole || config.royaltyManagerRoles.includes(role))

/**
 * The editor-in-chief (by default) chooses coefficients and closes months; admins may too. With a
 * document (an article, a line, a month), on that document's board; without, on any.
 */
export const isRoyaltyManager = (
  config: SanitizedNewsroomConfig,
  req: PayloadRequest,
  doc?: Record<string, unknown>,
): boolean => managesRoyalties(config, rolesOf(config, req, doc))
