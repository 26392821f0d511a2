import type { PayloadRequest } from 'payload'

import { pageArgs } from '@/lib/readErrors'
import { publicSiteIds, requestWithUnitSites } from '@/sites/publicSiteScope'

import { listShape, type ReadApi } from './articleShapes'
import { primeUnitLinks } from './primeUnitLinks'

/**
 * "Tin từ các đơn vị": the latest published articles of the sites below the request's site (a
 * province's cities and departments, a city's wards), newest first. Empty for a site without
 * units. Each item carries its `site`, whose name the portal prints beside it.
 */
export const newsOfUnits = async ({
  req,
  api = 'rest',
  page,
  limit,
}: {
  req: PayloadRequest
  api?: ReadApi
  page?: unknown
  limit?: unknown
}) => {
  const paging = pageArgs(page, limit)
  const [ownSite] = await publicSiteIds(req)
  // Its units' categories and photos are read along with their articles, on a request of its
  // own: the caller's is shared by the other fields of a GraphQL query.
  const units = await requestWithUnitSites(req)
  const unitSites = (await publicSiteIds(units)).filter((id) => id !== ownSite)
  const shape = listShape(api)
  const news = await req.payload.find({
    collection: 'articles',
    where: unitSites.length ? { site: { in: unitSites } } : { id: { exists: false } },
    sort: '-publishedAt',
    ...shape,
    ...('select' in shape ? { select: { ...shape.select, site: true } } : {}),
    ...('populate' in shape
      ? { populate: { ...shape.populate, sites: { name: true, slug: true, hosts: true } } }
      : {}),
    ...paging,
    req: units,
    overrideAccess: false,
  })
  if (api === 'graphql') await primeUnitLinks({ reader: req, units, docs: news.docs })
  return news
}
