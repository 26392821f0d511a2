import { APIError, type CollectionSlug, type Endpoint } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { actorContext } from '../utilities/actorContext'
import { availableTransitions, canEditInStage, stageLabel } from '../workflow/stateMachine'

/**
 * GET /api/<collection>/:id/workflow: the stage, what this user may do now, and the history.
 * It feeds the edit view's workflow panel.
 */
export const workflowStateEndpoint = (
  config: SanitizedNewsroomConfig,
  collection: CollectionSlug,
): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập (log in first).', 401, undefined, true)
    const doc = await req.payload.findByID({
      collection,
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!doc)
      throw new APIError('Không tìm thấy tài liệu (document not found).', 404, undefined, true)
    const record = doc as unknown as Record<string, unknown>
    const stage = String(record.workflowStage)
    const actor = actorContext({ config, user: req.user, doc: record })
    const history = await req.payload.find({
      collection: config.eventsCollection as CollectionSlug,
      where: {
        and: [
          { collectionSlug: { equals: collection } },
          { documentId: { equals: String(doc.id) } },
        ],
      },
      sort: 'sequence',
      depth: 1,
      pagination: false,
      req,
      overrideAccess: false,
    })
    return Response.json({
      stage: { value: stage, label: stageLabel(config, stage) },
      assignee: record.workflowAssignee ?? null,
      canEdit: canEditInStage({ config, stage, actor }),
      transitions: availableTransitions({ config, from: stage, actor }).map((candidate) => ({
        to: candidate.to,
        label: candidate.label,
        requiresNote: Boolean(candidate.requiresNote),
      })),
      stages: config.stages,
      history: history.docs,
    })
  },
})
