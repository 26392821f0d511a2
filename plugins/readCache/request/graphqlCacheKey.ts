export type GraphqlBody = {
  query: string
  variables?: Record<string, unknown> | null
  operationName?: string | null
}

const isGraphqlBody = (body: unknown): body is GraphqlBody => {
  if (typeof body !== 'object' || body === null) return false
  const { query, variables, operationName } = body as Record<string, unknown>
  return (
    typeof query === 'string' &&
    (variables === undefined || variables === null || typeof variables === 'object') &&
    (operationName === undefined || operationName === null || typeof operationName === 'string')
  )
}

const keyOf = (parts: unknown[]): string | undefined => {
  try {
    return JSON.stringify(parts)
  } catch {
    return undefined
  }
}

/**
 * The key of a GraphQL POST with a JSON body: query, variables and operationName, plus the
 * Accept header (graphql-http picks the response's content type and error statuses from it) and
 * the Origin (CORS), the query string and the headers the app keys by. Reads a clone, so that
 * Payload can still read the body. `undefined` for any other body (multipart uploads, malformed
 * JSON, variables too deep to key): Payload answers those itself.
 */
export const graphqlCacheKey = async (
  request: Request,
  keyHeaders: string[] = [],
): Promise<{ key: string; body: GraphqlBody } | undefined> => {
  if (!request.headers.get('content-type')?.includes('application/json')) return undefined
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => undefined)
  if (!isGraphqlBody(body)) return undefined
  // Variables nested thousands deep overflow JSON.stringify; Payload refuses them itself.
  const key = keyOf([
    'GRAPHQL',
    body.query,
    body.variables ?? null,
    body.operationName ?? null,
    request.headers.get('accept'),
    request.headers.get('origin'),
    // The query string too: `?site=` names the site a GraphQL front end reads.
    new URL(request.url).search,
    ...keyHeaders.map((name) => request.headers.get(name)),
  ])
  return key === undefined ? undefined : { key, body }
}
