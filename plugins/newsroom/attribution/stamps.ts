import type { SanitizedNewsroomConfig } from '../types'

/** The fields of every configured stamp, as the workflow collections hold them. */
export const stampFieldNames = (config: SanitizedNewsroomConfig): string[] =>
  Object.values(config.stamps).flatMap(({ by, at }) => [by, at])
