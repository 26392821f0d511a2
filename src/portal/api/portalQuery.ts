import { apiAddress } from './apiAddress'
import { portalSite } from './portalSite'

/** How long a cached answer may be served when no revalidation has cleared it, in seconds. */
const FALLBACK_REVALIDATE_SECONDS = 60

type GraphQLError = { message: string; extensions?: { statusCode?: number } }

/** A GraphQL error the API answered with: its message and, for Payload's APIErrors, the status. */
export class PortalQueryError extends Error {
  readonly status: number | undefined

  constructor(errors: GraphQLError[]) {
    super(errors.map((error) => error.message).join('; '))
    this.status = errors.find((error) => error.extensions?.statusCode)?.extensions?.statusCode
  }
}

/**
 * One GraphQL query over HTTP, as an outside front end sends it. Anonymous queries are cached by
 * Next under `tags`, so that revalidation clears exactly the pages that show the data; a query
 * with `authorization` (draft preview) is never cached and never shares a cache entry. Each asks
 * for the site of the reader's host (`?site=`), so each site's answers are cached apart.
 */
export const portalQuery = async <Data>({
  query,
  variables = {},
  tags,
  authorization,
}: {
  query: string
  variables?: Record<string, unknown>
  tags: string[]
  authorization?: string
}): Promise<Data> => {
  const site = await portalSite()
  const address = `${apiAddress()}/api/graphql${site ? `?site=${encodeURIComponent(site)}` : ''}`
  const response = await fetch(address, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization ? { Authorization: authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
    ...(authorization
      ? { cache: 'no-store' as const }
      : {
          cache: 'force-cache' as const,
          next: { tags, revalidate: FALLBACK_REVALIDATE_SECONDS },
        }),
  })
  const json = (await response.json().catch(() => null)) as {
    data?: Data
    errors?: GraphQLError[]
  } | null
  if (!json) throw new Error(`The API answered ${response.status} without JSON`)
  if (json.errors?.length) throw new PortalQueryError(json.errors)
  return json.data as Data
}

/** True for "there is no such article / category …" (a 404 from the API's read queries). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof PortalQueryError && error.status === 404
