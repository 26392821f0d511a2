import { cache } from 'react'

import { serverURL } from '@/lib/serverURL'

import { namedReaderHost } from './portalSite'

/**
 * The public address of the site this page shows, for the absolute links it prints (canonical
 * and Open Graph URLs, feeds, sitemaps, robots.txt, JSON-LD): the host the reader asked for when
 * a site names it (so the city's sitemap lists the city's addresses), with SERVER_URL's scheme;
 * SERVER_URL itself for any other host, so a forged Host never reaches a printed link.
 */
export const portalOrigin = cache(async (): Promise<string> => {
  const fallback = serverURL()
  const host = await namedReaderHost()
  if (!host) return fallback
  const configured = new URL(fallback)
  // The configured address, port included, when the reader is on its host.
  if (configured.hostname === host) return fallback
  return `${configured.protocol}//${host}`
})
