import type { SanitizedConfig } from 'payload'

import { followGeneration } from './followGeneration'
import { serveFromCache } from './serveFromCache'
import { isAnonymous } from '../request/isAnonymous'
import { restCacheKey } from '../request/restCacheKey'
import { sharedResponseStore } from '../store/sharedResponseStore'
import { getReadCacheConfig } from '../utilities/getReadCacheConfig'

/**
 * Wraps Payload's REST GET route handler: anonymous GETs are answered from the read cache, keyed
 * by path and query string; everything else goes to Payload untouched.
 */
export const withRestReadCache =
  <Context>(
    config: Promise<SanitizedConfig>,
    handler: (request: Request, context: Context) => Promise<Response>,
  ) =>
  async (request: Request, context: Context): Promise<Response> => {
    const payloadConfig = await config
    const cacheConfig = getReadCacheConfig(payloadConfig)
    const isCacheable =
      cacheConfig?.isEnabled &&
      request.method === 'GET' &&
      isAnonymous(request, payloadConfig.cookiePrefix ?? 'payload')
    if (!isCacheable) return handler(request, context)
    const store = sharedResponseStore(cacheConfig)
    await followGeneration(payloadConfig, store)
    return serveFromCache({
      store,
      key: restCacheKey(request, cacheConfig.keyHeaders),
      respond: () => handler(request, context),
    })
  }
