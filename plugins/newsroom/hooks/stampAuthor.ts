import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'

/** For collections without an author field of their own: the creator is the author. */
export const stampAuthor =
  (config: SanitizedNewsroomConfig): CollectionBeforeChangeHook =>
  ({ data, operation, req }) =>
    operation === 'create' && req.user ? { ...data, [config.authorField]: req.user.id } : data
