import {
  createLocalReq,
  ValidationError,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { notifyStageEntered } from './notifyStageEntered'
import { schedulePublication } from './schedulePublication'
import { actorContext } from '../utilities/actorContext'
import { getNewsroomConfig } from '../utilities/getNewsroomConfig'
import { TRANSITION_CONTEXT_KEY } from '../utilities/isTransitionWrite'
import { refuse } from '../utilities/refuse'
import { decideTransition } from '../workflow/stateMachine'

export type TransitionArgs = {
  payload: Payload
  collection: CollectionSlug
  id: string | number
  /** The stage to move to. */
  to: string
  note?: string | null
  /** A user id to assign the document to. */
  assignee?: string | number | null
  /** The stage the caller saw; a different current stage gives 409 instead of a surprise. */
  expectedStage?: string | null
  /** The user acting, checked against the workflow's rules; `null` acts as the system. */
  user: TypedUser | null
  /**
   * How a `null` user acts: the scheduler ("system") follows the transitions; an import places
   * legacy content straight in the stage it had (a published archive article is published).
   */
  systemActor?: 'system' | 'import'
  /** The request to act within (its transaction, its locale); one is made when absent. */
  req?: PayloadRequest
}

export type TransitionResult = {
  collection: string
  id: string
  from: string
  to: string
  eventId: string
}

const STALE =
  'Bài vừa được người khác chuyển trạng thái; hãy tải lại (the document changed stage meanwhile: reload).'

/**
 * Moves a document to another workflow stage: the one way its stage and publication change. The
 * REST endpoint, the GraphQL mutation, the scheduler and imports all come through here.
 */
export const transition = async (args: TransitionArgs): Promise<TransitionResult> => {
  const { payload, collection, id, to, note, assignee, expectedStage, user } = args
  const config = getNewsroomConfig(payload)
  const req = args.req ?? (await createLocalReq({ user: user ?? undefined }, payload))

  if (!config.collections.includes(collection)) {
    refuse(`"${collection}" không theo quy trình biên tập (not a workflow collection).`, 400)
  }
  // Read as the acting user: someone who cannot read the document cannot move it.
  const doc = await payload.findByID({
    collection,
    id,
    depth: 0,
    req,
    user: user ?? undefined,
    overrideAccess: !user,
    disableErrors: true,
  })
  if (!doc) return refuse(`Không tìm thấy tài liệu ${id} (document not found).`, 404)

  const record = doc as unknown as Record<string, unknown>
  const from = String(record.workflowStage ?? config.stages[0].value)
  if (expectedStage && expectedStage !== from) refuse(STALE, 409)

  const decision = decideTransition({
    config,
    from,
    to,
    actor: actorContext({
      config,
      user,
      doc: record,
      req,
      isImport: args.systemActor === 'import',
    }),
    note,
  })
  if ('refusal' in decision) return refuse(decision.refusal.message, decision.refusal.status)

  if (assignee) {
    const assignedUser = await payload.findByID({
      collection: config.usersCollection,
      id: assignee,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!assignedUser)
      refuse(`Không có người dùng ${assignee} để giao bài (assignee not found).`, 400)
  }

  // None given: whoever was last assigned on entering this stage before (a resubmitted article
  // goes back to the editor it went to the first time), not nobody.
  let nextAssignee: string | number | null = assignee ?? null
  if (!assignee) {
    const earlier = await payload.find({
      collection: config.eventsCollection,
      where: {
        and: [
          { collectionSlug: { equals: collection } },
          { documentId: { equals: String(doc.id) } },
          { toStage: { equals: to } },
          { assignee: { exists: true } },
        ],
      },
      sort: '-sequence',
      limit: 1,
      depth: 0,
      req,
    })
    const found = earlier.docs[0] as unknown as Record<string, unknown> | undefined
    const earlierAssignee = found?.assignee
    if (typeof earlierAssignee === 'string' || typeof earlierAssignee === 'number') {
      nextAssignee = earlierAssignee
    } else if (earlierAssignee && typeof earlierAssignee === 'object' && 'id' in earlierAssignee) {
      nextAssignee = (earlierAssignee as { id: string | number }).id
    }
  }

  // Claim the next sequence number first: the unique index lets only one of two simultaneous
  // transitions from the same stage record its event, and the loser gets 409.
  const sequence = Number(record.workflowSequence ?? 0) + 1
  let eventId: string
  try {
    const event = await payload.create({
      collection: config.eventsCollection,
      data: {
        document: { relationTo: collection, value: doc.id },
        collectionSlug: collection,
        documentId: String(doc.id),
        sequence,
        fromStage: from,
        toStage: to,
        actor: user?.id ?? null,
        actorKind: user ? 'user' : (args.systemActor ?? 'system'),
        note: note?.trim() || null,
        assignee: nextAssignee,
        // The history belongs to the document's board (site) and is read there only.
        ...(config.scopeField ? { [config.scopeField]: record[config.scopeField] } : {}),
      } as never,
      req,
      depth: 0,
    })
    eventId = String(event.id)
  } catch (error) {
    // The unique (document, sequence) index lost a race: 409. A refused note (a control character,
    // say) is the client's to fix: its own 400.
    const isAboutNote =
      error instanceof ValidationError && error.data.errors.some((e) => e.path === 'note')
    if (error instanceof ValidationError && !isAboutNote) return refuse(STALE, 409)
    throw error
  }

  const stamp = config.stamps[to]
  let written: Record<string, unknown>
  try {
    written = (await payload.update({
      collection,
      id,
      data: {
        ...(stamp ? { [stamp.by]: user?.id ?? null, [stamp.at]: new Date().toISOString() } : {}),
        workflowStage: to,
        workflowSequence: sequence,
        workflowAssignee: nextAssignee,
        _status: to === config.publishedStage ? 'published' : 'draft',
      } as never,
      req,
      depth: 0,
      context: { [TRANSITION_CONTEXT_KEY]: true },
    })) as unknown as Record<string, unknown>
  } catch (error) {
    // Without a database transaction (SQLite, MongoDB without a replica set) undo the claim, so
    // that the history never shows a transition that did not happen.
    await payload.db.deleteOne({
      collection: config.eventsCollection,
      where: { id: { equals: eventId } },
      req,
    })
    throw error
  }

  const result = { collection, id: String(doc.id), from, to, eventId }
  // An import files away archive content: nobody is waiting to hear about it.
  if (args.systemActor !== 'import') {
    await notifyStageEntered({
      payload,
      config,
      req,
      doc: record,
      result,
      note,
      assignee: nextAssignee ?? undefined,
      actor: user,
    })
  }
  // From the document as written: a publish time changed in a draft since `doc` was read counts.
  await schedulePublication({ payload, config, req, collection, doc: written, stage: to })
  return result
}
