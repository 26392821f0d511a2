import type { Access, Where } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { rolesOf } from '../utilities/actorContext'
import { stagesEditableByAuthor, stagesEditableByRoles } from '../workflow/stateMachine'

/**
 * Wraps a collection's update access: what it allowed stays the upper bound, and the stage
 * narrows it (reporters edit their own drafts, editors submitted articles, only the
 * editor-in-chief once approved). Both answers are ANDed, as plugin-multi-tenant does.
 */
export const withStageAccess =
  (config: SanitizedNewsroomConfig, existing?: Access): Access =>
  async (args) => {
    const allowed = existing ? await existing(args) : Boolean(args.req.user)
    if (!allowed) return false

    const { user } = args.req
    const roles = rolesOf(config, user)
    if (roles.includes(config.adminRole)) return allowed
    if (!user) return false

    const byRole = stagesEditableByRoles(config, roles)
    const byAuthorship = stagesEditableByAuthor(config)
    const clauses: Where[] = [
      ...(byRole.length ? [{ workflowStage: { in: byRole } }] : []),
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
