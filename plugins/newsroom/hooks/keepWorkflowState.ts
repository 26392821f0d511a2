import type { CollectionBeforeChangeHook } from 'payload'

import { stampFieldNames } from '../attribution/stamps'
import type { SanitizedNewsroomConfig } from '../types'
import { isTransitionWrite } from '../utilities/isTransitionWrite'

/**
 * Only transitions change a document's stage, sequence, assignee, stamps and publication. Any
 * other write — even the Local API with overrideAccess, where field access does not apply —
 * starts a new document in the first stage as an unstamped draft, and keeps an existing one's
 * workflow state.
 */
export const keepWorkflowState =
  (config: SanitizedNewsroomConfig): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (isTransitionWrite(req.context)) return data
    if (operation === 'create') {
      return {
        ...data,
        ...Object.fromEntries(stampFieldNames(config).map((name) => [name, null])),
        workflowStage: config.stages[0].value,
        workflowSequence: 0,
        workflowAssignee: null,
        _status: 'draft',
      }
    }
    return {
      ...data,
      ...Object.fromEntries(
        stampFieldNames(config).map((name) => [name, originalDoc?.[name] ?? null]),
      ),
      workflowStage: originalDoc?.workflowStage,
      workflowSequence: originalDoc?.workflowSequence,
      workflowAssignee: originalDoc?.workflowAssignee ?? null,
      _status: 'draft',
    }
  }
