/**
 * The full path and query string, and the Origin: with CORS configured Payload answers each
 * origin with its own Access-Control-Allow-Origin header.
 */
export const restCacheKey = (request: Request): string => {
  const url = new URL(request.url)
  return JSON.stringify(['GET', url.pathname + url.search, request.headers.get('origin')])
}
