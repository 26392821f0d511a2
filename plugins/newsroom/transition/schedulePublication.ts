import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { PUBLISH_SCHEDULED_TASK } from '../jobs/publishScheduledTaskSlug'
import type { SanitizedNewsroomConfig } from '../types'
import { awaitsPublication } from '../workflow/stateMachine'

/**
 * When a document enters a stage the scheduler may publish from (approved, by default) with a
 * publish time still ahead, queue its publication for that time.
 */
export const schedulePublication = async ({
  payload,
  config,
  req,
  collection,
  doc,
  stage,
}: {
  payload: Payload
  config: SanitizedNewsroomConfig
  req: PayloadRequest
  collection: CollectionSlug
  doc: Record<string, unknown>
  stage: string
}): Promise<void> => {
  const publishAt = doc[config.publishAtField]
  if (!awaitsPublication(config, stage) || typeof publishAt !== 'string') return
  const waitUntil = new Date(publishAt)
  if (waitUntil.getTime() <= Date.now()) return
  await payload.jobs.queue({
    task: PUBLISH_SCHEDULED_TASK,
    input: { collection, id: String(doc.id) },
    queue: config.scheduler.queue,
    waitUntil,
    req,
  })
}
