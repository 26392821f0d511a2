import { getPayload, type SanitizedConfig } from 'payload'

import { GENERATION_GLOBAL } from '../globals/generationGlobal'
import type { ResponseStore } from '../store/createResponseStore'

/**
 * Reads the shared stamp (one row by key) before this instance answers from memory: a write made
 * through another instance, or by `npm run import`, changed it, and the store is emptied first.
 */
export const followGeneration = async (
  config: SanitizedConfig,
  store: ResponseStore,
): Promise<void> => {
  const payload = await getPayload({ config })
  const { stamp } = (await payload.findGlobal({
    slug: GENERATION_GLOBAL,
    depth: 0,
    overrideAccess: true,
  })) as { stamp?: string | null }
  store.follow(stamp ?? '')
}
