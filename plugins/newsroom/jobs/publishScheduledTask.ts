import { APIError, type CollectionSlug, type TaskConfig } from 'payload'

import { PUBLISH_SCHEDULED_TASK } from './publishScheduledTaskSlug'
import { transition } from '../transition/transition'
import type { SanitizedNewsroomConfig } from '../types'
import { awaitsPublication } from '../workflow/stateMachine'

/**
 * Publishes an approved document when its publish time comes, through the same transition as a
 * person would, recorded as the system. Whatever happened meanwhile (returned, spiked, already
 * published, moved to a later time) is respected: the task then does nothing. Two runners may
 * take the same job (two instances' queues on one database): the transition lets one of them
 * publish, and the other, refused as stale (409), is done too.
 */
export const publishScheduledTask = (config: SanitizedNewsroomConfig): TaskConfig => ({
  slug: PUBLISH_SCHEDULED_TASK,
  label: 'Xuất bản theo lịch (scheduled publishing)',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries: 2,
  handler: async ({ input, req }) => {
    const { collection, id } = input as { collection: string; id: string }
    const doc = (await req.payload.findByID({
      collection: collection as CollectionSlug,
      id,
      depth: 0,
      req,
      disableErrors: true,
    })) as Record<string, unknown> | null
    const publishAt = doc?.[config.publishAtField]
    const isDue = typeof publishAt === 'string' && new Date(publishAt).getTime() <= Date.now()
    if (doc && isDue && awaitsPublication(config, String(doc.workflowStage))) {
      try {
        await transition({
          payload: req.payload,
          collection: collection as CollectionSlug,
          id,
          to: config.publishedStage,
          user: null,
          systemActor: 'system',
          req,
        })
      } catch (error) {
        if (error instanceof APIError && error.status === 409)
          return { output: { published: false } }
        throw error
      }
      return { output: { published: true } }
    }
    return { output: { published: false } }
  },
})
