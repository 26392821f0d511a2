import type { Payload, PayloadRequest } from 'payload'

import { badRequest, notFound } from '@/lib/readErrors'

import { requestedHost } from './requestedHost'
import { siteDirectory, type SiteEntry, siteOnHost } from './siteDirectory'

/** The query parameter an outside front end names its site with: `?site=<slug>`. */
export const SITE_PARAMETER = 'site'
/** The same as a header, for clients that cannot change the URL (GraphQL clients). */
export const SITE_HEADER = 'x-site'

type RequestParts = {
  payload: Payload
  headers: Headers
  searchParams?: URLSearchParams
}

/** `?site=` or `X-Site`, when the client names its site. */
const requestedSlug = ({ headers, searchParams }: RequestParts): string | undefined => {
  const given = searchParams?.getAll(SITE_PARAMETER) ?? []
  if (given.length > 1 || searchParams?.has(`${SITE_PARAMETER}[]`)) {
    badRequest('site chỉ được cho một lần (site must be given once).')
  }
  const value = given[0] ?? headers.get(SITE_HEADER)
  return value === null || value === undefined ? undefined : value.trim()
}

/**
 * The site a public request reads: the one its `?site=<slug>` (or `X-Site` header) names, else
 * the one whose hosts hold the request's host, else the installation's first root site, so that
 * localhost and a one-site installation need no set-up. A named site that does not exist is a
 * 404, a malformed name a 400: never another site's answer. `undefined` only when the
 * installation has no site at all.
 */
export const siteOfRequest = async (parts: RequestParts): Promise<SiteEntry | undefined> => {
  const directory = await siteDirectory(parts.payload)
  const slug = requestedSlug(parts)
  if (slug !== undefined) {
    if (!/^[a-z0-9-]{1,100}$/.test(slug)) {
      badRequest(
        `Tên cổng thông tin "${slug.slice(0, 100)}" không hợp lệ (site must be a site's slug: a–z, 0–9, -).`,
      )
    }
    return (
      directory.bySlug.get(slug) ??
      notFound(`Không có cổng thông tin "${slug}" (no site "${slug}").`)
    )
  }
  return siteOnHost(directory, requestedHost(parts.headers))
}

const contextKey = 'publicSite'

/** The site of a Payload request, resolved once per request (its Local API calls share it). */
export const siteOfPayloadRequest = async (req: PayloadRequest): Promise<SiteEntry | undefined> => {
  const known = req.context[contextKey] as SiteEntry | undefined | null
  if (known !== undefined) return known ?? undefined
  const site = await siteOfRequest({
    payload: req.payload,
    headers: req.headers,
    searchParams: req.searchParams,
  })
  req.context[contextKey] = site ?? null
  return site
}
