import type {
  CollectionBeforeOperationHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { SanitizedPublicAccessConfig } from '../types'
import { checkReadArgs } from '../utilities/checkReadArgs'
import { checkRestParams } from '../utilities/checkRestParams'

const readOperations = new Set(['read', 'count', 'readDistinct'])

type Guard = {
  config: SanitizedPublicAccessConfig
  slug: string
  args: Record<string, unknown>
  req: PayloadRequest
}

const guard = ({ config, slug, args, req }: Guard) => {
  // Reads the server makes for itself (the Local API's default) are trusted.
  if (args.overrideAccess === true) return
  const isAnonymous = !req.user
  checkReadArgs(args, { config, payload: req.payload, slug, isAnonymous })
  // The query string as the client wrote it; reads made while answering it (population,
  // custom endpoints) carry their own page sizes. GraphQL's are checked by its validation rule.
  if (isAnonymous && req.payloadAPI === 'REST' && req.searchParams)
    checkRestParams(req.searchParams, config)
}

/** One guard on every read of a collection: malformed queries and anonymous limits and paths. */
export const guardCollectionReads =
  (config: SanitizedPublicAccessConfig, slug: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (readOperations.has(operation)) guard({ config, slug, args, req })
    return args
  }

export const guardGlobalReads =
  (config: SanitizedPublicAccessConfig, slug: string): GlobalBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation === 'read')
      guard({ config, slug, args: (args ?? {}) as Record<string, unknown>, req })
    return args
  }
