import autocannon from 'autocannon'

export type LoadResult = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  ok: number
  non2xx: number
  errors: number
}

/**
 * `connections` clients hammering `origin` for `seconds`, each request taking the next path of
 * `paths` in turn (so that many articles, days and searches are read, not one). With `bodies`
 * (one JSON body per path, as GraphQL queries are sent) the requests are POSTs carrying them.
 */
export const load = async ({
  origin,
  paths,
  bodies,
  method = bodies ? 'POST' : 'GET',
  connections,
  seconds,
}: {
  origin: string
  paths: string[]
  bodies?: string[]
  method?: 'GET' | 'POST'
  connections: number
  seconds: number
}): Promise<LoadResult> => {
  let next = 0
  // Bodies of different lengths stall autocannon's connections (measured: 5 req/s instead of 47
  // for the same cached answers): padded to one length with trailing JSON whitespace.
  const longest = Math.max(0, ...(bodies ?? []).map((body) => Buffer.byteLength(body)))
  const padded = bodies?.map((body) => body + ' '.repeat(longest - Buffer.byteLength(body)))
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [
      {
        method,
        setupRequest: (request) => {
          const index = next++ % paths.length
          return padded
            ? {
                ...request,
                path: paths[index] ?? '/',
                body: padded[index],
                // As fetch() sends them: the read cache keys GraphQL answers by Accept too.
                headers: { ...request.headers, 'content-type': 'application/json', accept: '*/*' },
              }
            : { ...request, path: paths[index] ?? '/' }
        },
      },
    ],
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}
