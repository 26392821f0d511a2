import { headers } from 'next/headers'
import { cache } from 'react'

import { requestedHost } from '@/sites/requestedHost'

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

/**
 * The slug of the site this page shows: the API's answer for the reader's host (its
 * X-Forwarded-Host behind a trusted proxy, as the API itself reads it), asked once per render
 * and cached by Next. The portal then names that site in every query (`?site=`), as any outside
 * front end serving several hosts would. `undefined` outside a request (nothing to name).
 */
export const portalSite = cache(async (): Promise<string | undefined> => {
  const host = await readerHost()
  if (!host) return undefined
  const response = await fetch(`${apiAddress()}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'query SiteOfHost($host: String!) { currentSite(host: $host) { slug } }',
      variables: { host },
    }),
    cache: 'force-cache',
    next: { tags: [cacheTags.sites], revalidate: SITE_LOOKUP_SECONDS },
  })
  const json = (await response.json().catch(() => null)) as {
    data?: { currentSite: { slug?: string | null } | null }
  } | null
  return json?.data?.currentSite?.slug ?? undefined
})
