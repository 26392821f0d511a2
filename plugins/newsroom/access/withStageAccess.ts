import type { Access, Where } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { stagesEditableByAuthor, stagesEditableByRoles } from '../workflow/stateMachine'

/**
 * Wraps a collection's update access: what it allowed stays the upper bound, and the stage
 * narrows it (reporters edit their own drafts, editors submitted articles, only the
 * editor-in-chief once approved), by the roles the user holds where each document is
 * (`roleScopes`). Both answers are ANDed, as plugin-multi-tenant does.
 */
export const withStageAccess =
  (config: SanitizedNewsroomConfig, existing?: Access): Access =>
  async (args) => {
    const allowed = existing ? await existing(args) : Boolean(args.req.user)
    if (!allowed) return false

    const { req } = args
    const { user } = req
    if (!user) return false
    const scopes = config.roleScopes({ user, req })
    if (scopes.some(({ roles, where }) => !where && roles.includes(config.adminRole))) {
      return allowed
    }

    const byAuthorship = stagesEditableByAuthor(config)
    const clauses: Where[] = [
      ...scopes.flatMap(({ roles, where }): Where[] => {
        if (roles.includes(config.adminRole)) return where ? [where] : []
        const byRole = stagesEditableByRoles(config, roles)
        if (!byRole.length) return []
        const inStage: Where = { workflowStage: { in: byRole } }
        return [where ? { and: [where, inStage] } : inStage]
      }),
      ...(byAuthorship.length
        ? [
            {
              and: [
                { [config.authorField]: { equals: user.id } },
                { workflowStage: { in: byAuthorship } },
              ],
            },
          ]
        : []),
    ]
    if (!clauses.length) return false
    const stageRule: Where = { or: clauses }
    return allowed === true ? stageRule : { and: [allowed, stageRule] }
  }
