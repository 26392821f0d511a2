/**
 * The full path and query string, and the Origin: with CORS configured Payload answers each
 * origin with its own Access-Control-Allow-Origin header. Then the headers the app keys by.
 */
export const restCacheKey = (request: Request, keyHeaders: string[] = []): string => {
  const url = new URL(request.url)
  return JSON.stringify([
    'GET',
    url.pathname + url.search,
    request.headers.get('origin'),
    ...keyHeaders.map((name) => request.headers.get(name)),
  ])
}
