import { notFound } from 'next/navigation'
import { cache } from 'react'

import { normalizeHost } from '@/sites/requestedHost'

import { apiAddress } from './apiAddress'
import { cacheTags } from './cacheTags'
import { FALLBACK_HOST_KEY } from './hostKey'
import { portalHostKey } from './portalHost'

/** How long the portal keeps which site a host shows: sites change rarely. */
const SITE_LOOKUP_SECONDS = 60

type ShownSite = { slug: string; hosts: string[] }

/**
 * The site a host key shows: the API's answer for that host (for the fallback key, a host no
 * site names: the root site), asked once per render and cached by Next under the sites' tag.
 */
const siteOfKey = cache(async (key: string): Promise<ShownSite | undefined> => {
  const response = await fetch(`${apiAddress()}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query:
        'query SiteOfHost($host: String!) { currentSite(host: $host) { slug hosts { host } } }',
      variables: { host: key },
    }),
    cache: 'force-cache',
    next: { tags: [cacheTags.sites], revalidate: SITE_LOOKUP_SECONDS },
  })
  const json = (await response.json().catch(() => null)) as {
    data?: { currentSite: { slug?: string | null; hosts?: { host: string }[] | null } | null }
  } | null
  const site = json?.data?.currentSite
  return site?.slug
    ? { slug: site.slug, hosts: (site.hosts ?? []).map(({ host }) => normalizeHost(host)) }
    : undefined
})

/**
 * The site this page shows, by the host key the proxy put in its path. A key that no site names
 * (only a request that went around the proxy has one) is Next's 404: it never renders, nor
 * caches, a page of its own. `undefined` outside a portal route.
 */
const shownSite = async (): Promise<(ShownSite & { key: string }) | undefined> => {
  const key = await portalHostKey()
  if (key === undefined) return undefined
  const site = await siteOfKey(key)
  if (key !== FALLBACK_HOST_KEY && !site?.hosts.includes(key)) notFound()
  return site && { ...site, key }
}

/**
 * The slug of the site this page shows. The portal names that site in every query (`?site=`),
 * as any outside front end serving several hosts would.
 */
export const portalSite = async (): Promise<string | undefined> => (await shownSite())?.slug

/** The reader's host when the shown site names it as one of its own (not the fallback). */
export const namedReaderHost = async (): Promise<string | undefined> => {
  const site = await shownSite()
  return site && site.key !== FALLBACK_HOST_KEY ? site.key : undefined
}
