import { APIError, type CollectionSlug, type Endpoint, type Field, type Payload } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { actorContext } from '../utilities/actorContext'
import { idOf } from '../utilities/idOf'
import {
  actorsActingNextFrom,
  availableTransitions,
  canEditInStage,
  stageLabel,
} from '../workflow/stateMachine'

/** The labels of the users' roles, from the roles field's options, for the assignee picker. */
const roleLabels = (config: SanitizedNewsroomConfig, payload: Payload) => {
  const fields: Field[] = payload.collections[config.usersCollection]?.config.fields ?? []
  const rolesField = fields.find((field) => 'name' in field && field.name === config.rolesField)
  const options = rolesField && 'options' in rolesField ? rolesField.options : []
  return Object.fromEntries(
    options.map((option) =>
      typeof option === 'string' ? [option, option] : [option.value, option.label],
    ),
  )
}

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
    const actor = actorContext({ config, user: req.user, doc: record, req })
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
    const transitions = availableTransitions({ config, from: stage, actor })
    // Who may be given the document: the people who act on the stages it can go to next.
    const nextActors = [
      ...new Set(transitions.flatMap((candidate) => actorsActingNextFrom(config, candidate.to))),
    ]
    // Each person's roles on this document (`rolesOf`: per site, where roles are), for the
    // assignee picker: the users' own roles field may not hold them.
    const people = nextActors.length
      ? await req.payload.find({
          collection: config.usersCollection,
          depth: 0,
          pagination: false,
          req,
          overrideAccess: false,
        })
      : { docs: [] }
    const rolesOfPeople = Object.fromEntries(
      people.docs.map((person) => [
        String(person.id),
        config.rolesOf({ user: person, doc: record, req }),
      ]),
    )
    return Response.json({
      stage: { value: stage, label: stageLabel(config, stage) },
      assignable: {
        roles: nextActors.filter((role) => role !== 'author'),
        rolesOfPeople,
        author: nextActors.includes('author') ? (idOf(record[config.authorField]) ?? null) : null,
        adminRole: config.adminRole,
        roleLabels: roleLabels(config, req.payload),
      },
      assignee: record.workflowAssignee ?? null,
      canEdit: canEditInStage({ config, stage, actor }),
      transitions: transitions.map((candidate) => ({
        to: candidate.to,
        label: candidate.label,
        requiresNote: Boolean(candidate.requiresNote),
      })),
      stages: config.stages,
      history: history.docs,
    })
  },
})
