import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import config from '@payload-config'

import type { Json } from './json'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphqlHandler = GRAPHQL_POST(config)

/** `headers`: more request headers, such as the `Host` a portal is asked on. */
type RestOptions = { token?: string; body?: unknown; headers?: Record<string, string> }

const headersFor = (token?: string, hasBody = false): HeadersInit => ({
  ...(token ? { Authorization: `JWT ${token}` } : {}),
  ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
})

/**
 * A REST call through the same route handlers Next serves at /api, in-process.
 * `path` is what follows /api, with its query string: "/articles?draft=true".
 */
export const rest = async (
  method: keyof typeof handlers,
  path: string,
  { token, body, headers }: RestOptions = {},
): Promise<{ status: number; json: Json }> => {
  const url = new URL(`http://localhost/api${path}`)
  const request = new Request(url, {
    method,
    headers: { ...headersFor(token, body !== undefined), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, json: await response.json() }
}

/** A GraphQL request through the handler Next serves at /api/graphql, in-process. */
export const graphql = async (
  query: string,
  {
    token,
    variables,
    headers,
    search = '',
  }: {
    token?: string
    variables?: Record<string, unknown>
    headers?: Record<string, string>
    /** A query string for the endpoint's address: "?site=…". */
    search?: string
  } = {},
): Promise<{ status: number; json: Json }> => {
  const request = new Request(`http://localhost/api/graphql${search}`, {
    method: 'POST',
    headers: { ...headersFor(token, true), ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  return { status: response.status, json: await response.json() }
}

/** Logs in over REST, as a browser or a front end would, and returns the JWT. */
export const login = async (email: string, password: string): Promise<string> => {
  const { status, json } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200)
    throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(json)}`)
  return json.token
}
