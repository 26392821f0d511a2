import type { Payload } from 'payload'

import { transition } from '@plugins/newsroom'

/**
 * Puts an article straight into a stage, as an import does, so that a test starts from the
 * stage it is about. Everything a test then checks goes through the real transitions.
 */
export const placeInStage = async (payload: Payload, id: string, stage: string): Promise<void> => {
  await transition({
    payload,
    collection: 'articles',
    id,
    to: stage,
    user: null,
    systemActor: 'import',
  })
}

/** A new article in the given stage, created by `createdBy`. */
export const articleInStage = async (
  payload: Payload,
  stage: string,
  data: { title: string; createdBy?: string; lead?: string; publishedAt?: string },
): Promise<string> => {
  const { id } = await payload.create({ collection: 'articles', data, depth: 0 })
  if (stage !== 'draft') await placeInStage(payload, id, stage)
  return id
}
