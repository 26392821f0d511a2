import type { PayloadRequest, Where } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'

/**
 * The documents on which the request's user holds roles that pass `allows`, from the
 * `roleScopes` option: `true` for all of them, `false` for none, else a constraint.
 */
export const whereRolesAllow = (
  config: SanitizedNewsroomConfig,
  req: PayloadRequest,
  allows: (roles: string[]) => boolean,
): Where | boolean => {
  if (!req.user) return false
  const scopes = config.roleScopes({ user: req.user, req }).filter(({ roles }) => allows(roles))
  const wheres: Where[] = []
  for (const { where } of scopes) {
    if (!where) return true
    wheres.push(where)
  }
  if (!wheres.length) return false
  return wheres.length === 1 ? wheres[0] : { or: wheres }
}
