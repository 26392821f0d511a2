import { createLocalReq, type PayloadRequest, type Where } from 'payload'

import { siteDirectory, siteWithAncestors, siteWithDescendants } from './siteDirectory'
import { siteOfPayloadRequest } from './siteOfRequest'

const widenKey = 'publicSiteWithUnits'

/**
 * A request of its own, for the same reader in the same locale and transaction, that lists its
 * site's units' news ("Tin từ các đơn vị"): its public reads reach the site and the sites below
 * it, whose articles, categories and photos that list prints. Only published content of those
 * sites is concerned, public on their own hosts anyway (staff reads are not scoped here). The
 * caller's request stays as it was: every field of a GraphQL query shares it, and each of the
 * others answers for its site alone.
 */
export const requestWithUnitSites = async (req: PayloadRequest): Promise<PayloadRequest> => {
  // Resolved on the caller's request first, so that the copied context carries it.
  await siteOfPayloadRequest(req)
  const units = await createLocalReq(
    {
      context: { ...req.context, [widenKey]: true },
      locale: req.locale ?? undefined,
      user: req.user ?? undefined,
      req: { headers: req.headers, i18n: req.i18n, transactionID: req.transactionID },
    },
    req.payload,
  )
  // createLocalReq sets the locale's default fallback: the caller's own is kept instead.
  units.fallbackLocale = req.fallbackLocale
  return units
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
