import type { FilterOptions, PayloadRequest, Where } from 'payload'

import { idOf } from '@/lib/idOf'
import { slugs } from '@collections/slugs'

/** Site trees are shallow (tỉnh → thành phố → phường); the bound only stops a corrupt loop. */
const MAX_DEPTH = 8

/** A site and its parents up to the root: the libraries its articles may use. */
export const siteAndParents = async (
  req: PayloadRequest,
  site: string | number,
): Promise<(string | number)[]> => {
  const chain: (string | number)[] = []
  let current: string | number | undefined = site
  while (current !== undefined && chain.length < MAX_DEPTH && !chain.includes(current)) {
    chain.push(current)
    const found: { parent?: unknown } | null = await req.payload.findByID({
      collection: slugs.sites,
      id: current,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { parent: true },
    })
    current = idOf(found?.parent)
  }
  return chain
}

type ArticleSites = { site?: unknown; republication?: { sourceSite?: unknown } | null }

/**
 * An article's media come from its own site's library or a parent site's (the province's photos
 * in a city article), or, for a republication, its source's site (README, "Republishing"), on
 * top of the field's own filter. Payload checks it on save as well as in the picker.
 */
export const mediaOfSiteOrParents =
  (base: Where): FilterOptions =>
  async ({ data, req }) => {
    const article = data as ArticleSites | undefined
    const site = idOf(article?.site)
    if (site === undefined) return base
    const sourceSite = idOf(article?.republication?.sourceSite)
    const libraries = await siteAndParents(req, site)
    if (sourceSite !== undefined) libraries.push(sourceSite)
    return { and: [base, { site: { in: libraries } }] }
  }
