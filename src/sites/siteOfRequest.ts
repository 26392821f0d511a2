import type { Payload, PayloadRequest } from 'payload'

import { badRequest, notFound } from '@/lib/readErrors'

import { normalizeHost, siteDirectory, type SiteEntry } from './siteDirectory'

/** The query parameter an outside front end names its site with: `?site=<slug>`. */
export const SITE_PARAMETER = 'site'
/** The same as a header, for clients that cannot change the URL (GraphQL clients). */
export const SITE_HEADER = 'x-site'

type RequestParts = {
  payload: Payload
  headers: Headers
  searchParams?: URLSearchParams
}

/** Whether a proxy in front of the app says which host was asked for (`TRUST_PROXY_HOST=true`). */
const trustsProxyHost = () => process.env.TRUST_PROXY_HOST === 'true'

/** The host the reader asked for: the proxy's X-Forwarded-Host when trusted, else Host. */
export const requestedHost = (headers: Headers): string | undefined => {
  const forwarded = trustsProxyHost()
    ? headers.get('x-forwarded-host')?.split(',')[0]?.trim()
    : undefined
  const host = forwarded || headers.get('host')
  return host ? normalizeHost(host) : undefined
}

/** `?site=` or `X-Site`, when the client names its site. */
const requestedSlug = ({ headers, searchParams }: RequestParts): string | undefined => {
  const value = searchParams?.get(SITE_PARAMETER) ?? headers.get(SITE_HEADER)
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
  const host = requestedHost(parts.headers)
  return (host && directory.byHost.get(host)) || directory.root
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
