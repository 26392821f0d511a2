import type { RequestContext } from 'payload'

/**
 * Set in `context` by the republishing code: the only writes that may fill the republication
 * fields. A client cannot set a request's context, so it can never forge a source or its credit.
 */
export const REPUBLISH_CONTEXT_KEY = 'republishing'

export const isRepublishWrite = (context: RequestContext | undefined): boolean =>
  context?.[REPUBLISH_CONTEXT_KEY] === true
