import { isStorableResponse } from './isStorableResponse'
import type { CachedResponse, ResponseStore } from '../store/createResponseStore'

type ServeFromCacheArgs = {
  store: ResponseStore
  key: string
  respond: () => Promise<Response>
  /** Checked on a miss only: a stored key was checked when it was stored. */
  isCacheableRequest?: () => boolean
  /** Whether a 200 JSON body may be kept (a GraphQL answer with errors may not). */
  isCacheableBody?: (body: Uint8Array) => boolean
}

const cacheHeader = 'X-Cache'

const fromCache = (cached: CachedResponse, outcome: 'HIT' | 'MISS') => {
  const headers = new Headers(cached.headers)
  headers.set(cacheHeader, outcome)
  return new Response(cached.body, { status: 200, headers })
}

/** Payload's response as it is, streamed, marked as not served from the cache. */
const missed = (response: Response) => {
  const headers = new Headers(response.headers)
  headers.set(cacheHeader, 'MISS')
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

/**
 * Answers from the store when it can (`X-Cache: HIT`), otherwise asks Payload (`X-Cache: MISS`)
 * and keeps a storable answer, with Payload's headers, unless a write cleared the cache
 * meanwhile.
 */
export const serveFromCache = async ({
  store,
  key,
  respond,
  isCacheableRequest = () => true,
  isCacheableBody = () => true,
}: ServeFromCacheArgs): Promise<Response> => {
  const cached = store.get(key)
  if (cached) return fromCache(cached, 'HIT')
  if (!isCacheableRequest()) return respond()
  const mark = store.mark()
  const response = await respond()
  if (!isStorableResponse(response)) return missed(response)
  const answer: CachedResponse = {
    headers: [...response.headers],
    body: new Uint8Array(await response.arrayBuffer()),
  }
  if (isCacheableBody(answer.body)) store.set(key, answer, mark)
  return fromCache(answer, 'MISS')
}
