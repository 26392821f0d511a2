import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { idOf } from '../utilities/idOf'
import { rolesActingNextFrom, stageLabel } from '../workflow/stateMachine'

type Recipient = { id: string; email: string }

/**
 * Tells people a document entered a stage: those who move it on from there, the assignee, and —
 * when the move needed a note (returned, unpublished, spiked) — its author, with the note. The
 * person who made the move is not told. A failed email is logged, never undoes the transition.
 */
export const notifyStageEntered = async ({
  payload,
  config,
  req,
  doc,
  result,
  note,
  assignee,
  actor,
}: {
  payload: Payload
  config: SanitizedNewsroomConfig
  req: PayloadRequest
  doc: Record<string, unknown>
  result: { collection: string; id: string; from: string; to: string }
  note?: string | null
  assignee?: string | number | null
  actor: TypedUser | null
}): Promise<void> => {
  if (!config.notifications) return
  const transitionDef = config.transitions.find(
    (candidate) => candidate.to === result.to && candidate.from.includes(result.from),
  )
  const nextRoles = rolesActingNextFrom(config, result.to)
  const authorId = transitionDef?.requiresNote ? idOf(doc[config.authorField]) : undefined
  const wantedIds = [assignee, authorId].filter(Boolean).map(String)
  if (!nextRoles.length && !wantedIds.length) return

  // Everyone, then each by their roles on this very document (`rolesOf`): where roles differ by
  // site, no field query can say who holds a role where. A newsroom's staff is small.
  const { docs } = await payload.find({
    collection: config.usersCollection,
    depth: 0,
    pagination: false,
    req,
  })
  const recipients = (docs as unknown as Recipient[]).filter(
    (person) =>
      person.email &&
      String(person.id) !== String(actor?.id ?? '') &&
      (wantedIds.includes(String(person.id)) ||
        config.rolesOf({ user: person, doc, req }).some((role) => nextRoles.includes(role))),
  )

  const title = String(doc.title ?? result.id)
  const stage = stageLabel(config, result.to)
  const link = `${payload.config.serverURL || process.env.NEXT_PUBLIC_SERVER_URL || ''}/admin/collections/${result.collection}/${result.id}`
  const textFor = (person: Recipient) =>
    [
      `"${title}" đã chuyển sang trạng thái: ${stage.vi} (${stage.en}).`,
      ...(note ? [`Ghi chú: ${note}`] : []),
      ...(String(person.id) === String(assignee) ? ['Bài được giao cho bạn xử lý.'] : []),
      `Mở bài: ${link}`,
    ].join('\n')
  await Promise.all(
    recipients.map((person) =>
      payload
        .sendEmail({
          to: person.email,
          subject: `[Tòa soạn] ${title} – ${stage.vi}`,
          text: textFor(person),
        })
        .catch((error: unknown) =>
          payload.logger.error({ err: error, msg: `[newsroom] email to ${person.email} failed` }),
        ),
    ),
  )
}
