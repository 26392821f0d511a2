import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { GENERATION_GLOBAL } from '../globals/generationGlobal'

/**
 * Gives the shared stamp a new value, in the write's own transaction: every instance sees it
 * change on its next cached request. A random value, not a counter: two instances bumping at
 * once could both write the same next number.
 */
export const bumpGeneration = async (req: PayloadRequest): Promise<void> => {
  await req.payload.updateGlobal({
    slug: GENERATION_GLOBAL,
    data: { stamp: randomUUID() },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
