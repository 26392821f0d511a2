import { APIError, type CollectionSlug, type Endpoint, type Where } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
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
    const stages = config.stages.map((stage) => stage.value)
    // Admins may do everything, so only the roles they hold besides count for "waiting for me";
    // each role only where the user holds it (a site's reporter waits for nothing elsewhere).
    const byRole = config.roleScopes({ user, req }).flatMap(({ roles, where }): Where[] => {
      const waitingStages = stages.filter((stage) =>
        actorsActingNextFrom(config, stage).some((actor) => roles.includes(actor)),
      )
      if (!waitingStages.length) return []
      const inStage: Where = { workflowStage: { in: waitingStages } }
      return [where ? { and: [where, inStage] } : inStage]
    })
    const byAuthorship = stages.filter((stage) =>
      actorsActingNextFrom(config, stage).includes('author'),
    )
    const waiting: Where = {
      or: [
        ...byRole,
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
      const docs = found.docs as unknown as Record<string, unknown>[]
      // The last move's note (a return's reason, above all): the newest event of each document.
      const lastNotes = new Map<string, string | null>()
      if (docs.length) {
        const events = await payload.find({
          collection: config.eventsCollection,
          where: {
            and: [
              { collectionSlug: { equals: collection } },
              { documentId: { in: docs.map((doc) => String(doc.id)) } },
            ],
          },
          sort: '-sequence',
          limit: 0,
          depth: 0,
          pagination: false,
          req,
        })
        for (const event of events.docs as unknown as Record<string, unknown>[]) {
          const documentId = String(event.documentId)
          if (!lastNotes.has(documentId)) {
            lastNotes.set(documentId, typeof event.note === 'string' ? event.note : null)
          }
        }
      }
      for (const doc of docs) {
        items.push({
          lastNote: lastNotes.get(String(doc.id)) ?? null,
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
      // Where a stage's count leads: the list of the first workflow collection, filtered.
      listCollection: config.collections[0],
      counts: config.stages.map((stage) => ({ ...stage, count: counts[stage.value] })),
    })
  },
})
