import type { Payload, SanitizedConfig } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'

/** The plugin keeps its sanitized options in `config.custom.newsroom`, not in module state. */
export const getNewsroomConfig = (
  payload: Payload | { config: SanitizedConfig },
): SanitizedNewsroomConfig => {
  const config = payload.config.custom?.newsroom as SanitizedNewsroomConfig | undefined
  if (!config) throw new Error('[newsroom plugin] is not applied to this Payload config.')
  return config
}
