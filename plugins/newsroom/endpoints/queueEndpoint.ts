import { APIError, type CollectionSlug, type Endpoint, type Where } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { rolesOf } from '../utilities/actorContext'
import { actorsActingNextFrom } from '../workflow/stateMachine'

const QUEUE_LIMIT = 50

/**
 * GET /api/newsroom/queue: "Việc của tôi" — the documents waiting for the current user (by role,
 * by assignment, and their own returned or unsent work) and a count per stage.
 */
export const queueEndpoint = (config: SanitizedNewsroomConfig): Endpoint => ({
  path: '/newsroom/queue',
  method: 'get',
  handler: async (req) => {
    const { user, payload } = req
    if (!user) throw new APIError('Cần đăng nhập (log in first).', 401, undefined, true)
    const roles = rolesOf(config, user)
    const stages = config.stages.map((stage) => stage.value)
    // Admins may do everything, so only the roles they hold besides count for "waiting for me".
    const byRole = stages.filter((stage) =>
      actorsActingNextFrom(config, stage).some((actor) => roles.includes(actor)),
    )
    const byAuthorship = stages.filter((stage) =>
      actorsActingNextFrom(config, stage).includes('author'),
    )
    const waiting: Where = {
      or: [
        ...(byRole.length ? [{ workflowStage: { in: byRole } }] : []),
        { workflowAssignee: { equals: user.id } },
        {
          and: [
            { [config.authorField]: { equals: user.id } },
            { workflowStage: { in: byAuthorship } },
          ],
        },
      ],
    }

    const items = []
    const counts = Object.fromEntries(config.stages.map((stage) => [stage.value, 0]))
    for (const collection of config.collections as CollectionSlug[]) {
      const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
      const found = await payload.find({
        collection,
        where: waiting,
        sort: '-updatedAt',
        limit: QUEUE_LIMIT,
        depth: 0,
        req,
        overrideAccess: false,
      })
      for (const doc of found.docs as unknown as Record<string, unknown>[]) {
        items.push({
          collection,
          id: doc.id,
          title: doc[titleField] ?? doc.id,
          stage: doc.workflowStage,
          updatedAt: doc.updatedAt,
          isAssignedToMe: String(doc.workflowAssignee ?? '') === String(user.id),
        })
      }
      for (const stage of config.stages) {
        const { totalDocs } = await payload.count({
          collection,
          where: { workflowStage: { equals: stage.value } },
          req,
          overrideAccess: false,
        })
        counts[stage.value] += totalDocs
      }
    }
    return Response.json({
      items: items.slice(0, QUEUE_LIMIT),
      counts: config.stages.map((stage) => ({ ...stage, count: counts[stage.value] })),
    })
  },
})
