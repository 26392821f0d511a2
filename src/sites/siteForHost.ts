import type { Payload } from 'payload'

import { siteDirectory, type SiteEntry, siteOnHost } from './siteDirectory'

/**
 * The site a request on this host reads, as its Host header would choose it. For front ends
 * that answer many hosts themselves (the portal), which then name the site with `?site=`.
 */
export const siteForHost = async (payload: Payload, host: string): Promise<SiteEntry | undefined> =>
  siteOnHost(await siteDirectory(payload), host)
