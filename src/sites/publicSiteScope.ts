import type { PayloadRequest, Where } from 'payload'

import { siteDirectory, siteWithAncestors, siteWithDescendants } from './siteDirectory'
import { siteOfPayloadRequest } from './siteOfRequest'

const widenKey = 'publicSiteWithUnits'

/**
 * Marks a request that lists its site's units' news ("Tin từ các đơn vị"): its public reads
 * then reach the site and the sites below it, whose articles, categories and photos that list
 * prints. Only published content of those sites is concerned, public on their own hosts anyway.
 */
export const includeUnitSites = (req: PayloadRequest): void => {
  req.context[widenKey] = true
}

/** The ids of the sites a public request reads: its site, with its units' when it asked for them. */
export const publicSiteIds = async (req: PayloadRequest): Promise<string[]> => {
  const site = await siteOfPayloadRequest(req)
  if (!site) return []
  if (!req.context[widenKey]) return [site.id]
  return siteWithDescendants(await siteDirectory(req.payload), site.id)
}

/** Articles and categories: those of the request's site. */
export const ownSiteOnly = async (req: PayloadRequest): Promise<Where> => {
  const ids = await publicSiteIds(req)
  return ids.length ? { site: { in: ids } } : { site: { exists: false } }
}

/** Media: the request's site's and its parents' libraries, from which its articles may pick. */
export const ownOrParentSites = async (req: PayloadRequest): Promise<Where> => {
  const ids = await publicSiteIds(req)
  if (!ids.length) return { site: { exists: false } }
  const directory = await siteDirectory(req.payload)
  return { site: { in: [...new Set(ids.flatMap((id) => siteWithAncestors(directory, id)))] } }
}
