import { inject } from 'vitest'

import type { Json } from '@tests/helpers/json'

import type { StaffRole } from './globalSetup'
import { requestOnHost } from './request'

export type Client = 'anonymous' | StaffRole | 'admin'

/**
 * The suite's server as this project's site sees it: the site (its host, article, draft) and
 * its staff accounts. Every request of `call` goes to that site's host.
 */
export const security = () => {
  const context = inject('security')
  const site = context.sites[inject('securitySite')]
  return { ...context, site, staff: site.staff }
}

const tokenOf = (as: Client): string | undefined => {
  const context = security()
  if (as === 'anonymous') return undefined
  return as === 'admin' ? context.adminToken : context.staff[as].token
}

export type Answer = { status: number; json: Json; text: string; headers: Headers }

/**
 * One request over real HTTP to the suite's server on this project's site's host, as the given
 * client; never throws on a refusal, so that each test states the status it expects.
 */
export const call = async (
  path: string,
  {
    as = 'anonymous',
    method = 'GET',
    body,
    headers = {},
    host = security().site.host,
  }: {
    as?: Client
    method?: string
    body?: unknown
    headers?: Record<string, string>
    /** Another Host than this project's site's. */
    host?: string
  } = {},
): Promise<Answer> => {
  const token = tokenOf(as)
  const isRaw =
    typeof body === 'string' ||
    body instanceof Uint8Array ||
    body instanceof FormData ||
    body instanceof ReadableStream
  const {
    status,
    text,
    headers: answerHeaders,
  } = await requestOnHost(`${security().url}${path}`, {
    method,
    host,
    headers: {
      ...(body !== undefined && !isRaw ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : isRaw ? (body as BodyInit) : JSON.stringify(body),
  })
  let json: Json
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status, json, text, headers: answerHeaders }
}

/** The GraphQL-over-HTTP media type under which a refused document is a 400, not a 200. */
export const GRAPHQL_RESPONSE = 'application/graphql-response+json'

/** A GraphQL operation over HTTP, accepting the GraphQL response type (refusals are 400s). */
export const gql = (query: string, options: { as?: Client; variables?: unknown } = {}) =>
  call('/api/graphql', {
    as: options.as,
    method: 'POST',
    headers: { Accept: GRAPHQL_RESPONSE },
    body: { query, variables: options.variables },
  })

/** The first error message of a REST or GraphQL answer. */
export const messageOf = (answer: Answer): string =>
  answer.json?.errors?.[0]?.message ?? answer.json?.message ?? answer.text

export const anonymousAndStaff: Client[] = ['anonymous', 'contributor', 'reporter', 'editor']

/** The cookie a logged-in browser of this client sends. */
export const cookieOf = (as: Exclude<Client, 'anonymous'>): string =>
  `payload-token=${as === 'admin' ? security().adminToken : security().staff[as].token}`

/** A draft article written by a staff client, for tests that try to change it. */
export const draftBy = async (as: Exclude<Client, 'anonymous'>, title: string) => {
  const answer = await call('/api/articles', {
    as,
    method: 'POST',
    body: { title, lead: 'Sapo gốc' },
  })
  if (answer.status !== 201) throw new Error(`draft by ${as}: ${answer.status} ${answer.text}`)
  return answer.json.doc as { id: string; title: string; lead: string }
}

/** The article as an admin reads it now, to confirm that a refused request changed nothing. */
export const adminRead = async (collection: string, id: string) =>
  (await call(`/api/${collection}/${id}?depth=0&draft=true`, { as: 'admin' })).json

/** How many articles, drafts included, have a title like this: what a refused write must not add. */
export const countTitled = async (title: string): Promise<number> =>
  (
    await call(`/api/articles/count?draft=true&where[title][like]=${encodeURIComponent(title)}`, {
      as: 'admin',
    })
  ).json.totalDocs
