import { createLocalReq, type Payload, type Where } from 'payload'

import { republishArticle } from '@collections/Articles/republish/republishArticle'
import { slugs } from '@collections/slugs'
import { transition } from '@plugins/newsroom'

import { idOf } from '../lib/idOf'

/**
 * The sample republication (README, "Republishing"): the city portal's latest article in a
 * category the provincial portal publishes in, republished there (in its category of the same
 * name) and published. Nothing when the
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
  // Of a category the province publishes in too, if any, so that its readers find it beside
  // its own.
  const { docs: provinceArticles } = await payload.find({
    collection: slugs.articles,
    where: { site: { equals: province } },
    depth: 1,
    limit: 100,
    select: { category: true },
  })
  const provinceCategorySlugs = provinceArticles.flatMap(({ category }) =>
    category && typeof category === 'object' && category.slug ? [category.slug] : [],
  )
  const latestOfCity = async (extra: Where[]) =>
    (
      await payload.find({
        collection: slugs.articles,
        where: {
          and: [
            { site: { equals: city.id } },
            { _status: { equals: 'published' } },
            { 'republication.source': { exists: false } },
            ...extra,
          ],
        },
        sort: '-publishedAt',
        limit: 1,
        depth: 0,
      })
    ).docs[0]
  const source =
    (await latestOfCity([{ 'category.slug': { in: provinceCategorySlugs } }])) ??
    (await latestOfCity([]))
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
  // In the province's category of the same name: "Tin cùng chuyên mục" lists it there.
  const sourceCategory = idOf(source.category)
  const { docs: categories } = sourceCategory
    ? await payload.find({
        collection: slugs.categories,
        where: {
          and: [
            { site: { equals: province } },
            {
              slug: {
                equals: (
                  await payload.findByID({
                    collection: slugs.categories,
                    id: sourceCategory,
                    depth: 0,
                  })
                ).slug,
              },
            },
          ],
        },
        limit: 1,
        depth: 0,
      })
    : { docs: [] }
  const req = await createLocalReq({ user: { ...admins[0], collection: slugs.users } }, payload)
  const copy = await republishArticle({
    req,
    sourceId: source.id,
    site: String(province),
    category: categories[0] ? String(categories[0].id) : undefined,
  })
  await transition({
    payload,
    collection: slugs.articles,
    id: copy.id,
    to: 'published',
    user: null,
    systemActor: 'import',
  })
}
