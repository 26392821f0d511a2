import { headers } from 'next/headers'
import { cache } from 'react'

import { normalizeHost, requestedHost } from '@/sites/requestedHost'

import { apiAddress } from './apiAddress'
import { cacheTags } from './cacheTags'

/** How long the portal keeps which site a host shows: sites change rarely. */
const SITE_LOOKUP_SECONDS = 60

/** The reader's host; `undefined` outside a Next request (a script, a test calling a route). */
export const readerHost = async (): Promise<string | undefined> => {
  try {
    return requestedHost(await headers())
  } catch {
    return undefined
  }
}

type ShownSite = { slug: string; hosts: string[] }

/**
 * The site this page shows: the API's answer for the reader's host (its X-Forwarded-Host behind
 * a trusted proxy, as the API itself reads it; the root site for a host no site names), asked
 * once per render and cached by Next. `undefined` outside a request.
 */
const shownSite = cache(async (): Promise<ShownSite | undefined> => {
  const host = await readerHost()
  if (!host) return undefined
  const response = await fetch(`${apiAddress()}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query:
        'query SiteOfHost($host: String!) { currentSite(host: $host) { slug hosts { host } } }',
      variables: { host },
    }),
    cache: 'force-cache',
    next: { tags: [cacheTags.sites], revalidate: SITE_LOOKUP_SECONDS },
  })
  const json = (await response.json().catch(() => null)) as {
    data?: { currentSite: { slug?: string | null; hosts?: { host: string }[] | null } | null }
  } | null
  const site = json?.data?.currentSite
  return site?.slug
    ? { slug: site.slug, hosts: (site.hosts ?? []).map(({ host: name }) => name) }
    : undefined
})

/**
 * The slug of the site this page shows. The portal names that site in every query (`?site=`),
 * as any outside front end serving several hosts would.
 */
export const portalSite = async (): Promise<string | undefined> => (await shownSite())?.slug

/** The reader's host when the shown site names it as one of its own (not a fallback's). */
export const namedReaderHost = async (): Promise<string | undefined> => {
  const [site, host] = await Promise.all([shownSite(), readerHost()])
  return site && host && site.hosts.map(normalizeHost).includes(host) ? host : undefined
}
