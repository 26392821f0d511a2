import type { CollectionBeforeOperationHook } from 'payload'

import { isTransitionWrite } from '../utilities/isTransitionWrite'

/**
 * Outside a transition, every update and version restore is saved as a draft version: what the
 * public sees changes only when a transition publishes it. This also ignores `_status` sent by
 * REST, GraphQL, bulk updates and the Local API, and the admin's own Publish button.
 */
export const saveEditsAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) =>
  (operation === 'update' || operation === 'restoreVersion') && !isTransitionWrite(req.context)
    ? { ...args, draft: true }
    : args
