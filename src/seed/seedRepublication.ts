import { createLocalReq, type Payload } from 'payload'

import { republishArticle } from '@collections/Articles/republish/republishArticle'
import { slugs } from '@collections/slugs'
import { transition } from '@plugins/newsroom'

import { idOf } from '../lib/idOf'

/**
 * The sample republication (README, "Republishing"): the city portal's latest article,
 * republished on its parent, the provincial portal, and published there. Nothing when the
 * installation has no site with a parent; safe to run again.
 */
export const seedRepublication = async (payload: Payload): Promise<void> => {
  const { docs: children } = await payload.find({
    collection: slugs.sites,
    where: { parent: { exists: true } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  const city = children[0]
  const province = idOf(city?.parent)
  if (!city || !province) return
  const { docs: sources } = await payload.find({
    collection: slugs.articles,
    where: {
      and: [
        { site: { equals: city.id } },
        { _status: { equals: 'published' } },
        { 'republication.source': { exists: false } },
      ],
    },
    sort: '-publishedAt',
    limit: 1,
    depth: 0,
  })
  const source = sources[0]
  if (!source) return
  const { totalDocs } = await payload.count({
    collection: slugs.articles,
    where: { 'republication.source': { equals: source.id } },
  })
  if (totalDocs) return
  const { docs: admins } = await payload.find({
    collection: slugs.users,
    where: { roles: { contains: 'admin' } },
    limit: 1,
    depth: 0,
  })
  if (!admins[0]) return
  const req = await createLocalReq({ user: { ...admins[0], collection: slugs.users } }, payload)
  const copy = await republishArticle({ req, sourceId: source.id, site: String(province) })
  await transition({
    payload,
    collection: slugs.articles,
    id: copy.id,
    to: 'published',
    user: null,
    systemActor: 'import',
  })
}
