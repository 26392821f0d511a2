import type { SanitizedConfig } from 'payload'

import { followGeneration } from './followGeneration'
import { hasNoGraphqlErrors } from './hasNoGraphqlErrors'
import { serveFromCache } from './serveFromCache'
import { graphqlCacheKey } from '../request/graphqlCacheKey'
import { isAnonymous } from '../request/isAnonymous'
import { isQueryOnly } from '../request/isQueryOnly'
import { sharedResponseStore } from '../store/sharedResponseStore'
import { getReadCacheConfig } from '../utilities/getReadCacheConfig'

/**
 * Wraps Payload's GraphQL POST route handler: an anonymous request whose document holds only
 * queries is answered from the read cache, keyed by query, variables and operationName. Mutations
 * (the view counter's included) and everyone else's requests go to Payload untouched.
 */
export const withGraphqlReadCache =
  (config: Promise<SanitizedConfig>, handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const payloadConfig = await config
    const cacheConfig = getReadCacheConfig(payloadConfig)
    const isCandidate =
      cacheConfig?.isEnabled &&
      request.method === 'POST' &&
      isAnonymous(request, payloadConfig.cookiePrefix ?? 'payload')
    const graphqlRequest = isCandidate
      ? await graphqlCacheKey(request, cacheConfig?.keyHeaders)
      : undefined
    if (!cacheConfig || !graphqlRequest) return handler(request)
    const store = sharedResponseStore(cacheConfig)
    await followGeneration(payloadConfig, store)
    return serveFromCache({
      store,
      key: graphqlRequest.key,
      respond: () => handler(request),
      isCacheableRequest: () => isQueryOnly(graphqlRequest.body),
      isCacheableBody: hasNoGraphqlErrors,
    })
  }
