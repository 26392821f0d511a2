import type { RequestContext } from 'payload'

/** Set in `context` by the transition code: the only writes allowed to touch workflow state. */
export const TRANSITION_CONTEXT_KEY = 'newsroomTransition'

export const isTransitionWrite = (context: RequestContext | undefined): boolean =>
  context?.[TRANSITION_CONTEXT_KEY] === true
