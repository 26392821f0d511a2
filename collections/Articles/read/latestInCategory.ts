import type { PayloadRequest } from 'payload'

import { articlesInLanguage, readLanguage } from '@/i18n/readLanguage'
import { notFound, pageArgs } from '@/lib/readErrors'
import { ownSiteOnly } from '@/sites/publicSiteScope'

import { listShape, type ReadApi } from './articleShapes'

/** A category and all its descendants, breadth first (the tree is shallow). */
const categoryWithDescendants = async (req: PayloadRequest, rootId: string): Promise<string[]> => {
  const ids = [rootId]
  let frontier = [rootId]
  while (frontier.length) {
    const { docs } = await req.payload.find({
      collection: 'categories',
      where: { parent: { in: frontier } },
      depth: 0,
      limit: 500,
      req,
      select: {},
    })
    frontier = docs.map((doc) => doc.id).filter((id) => !ids.includes(id))
    ids.push(...frontier)
  }
  return ids
}

/**
 * The latest published articles of a category (and, by default, its sub-categories) in the
 * read's language; the category's slug is that locale's ("politics" with `locale=en`).
 */
export const latestInCategory = async ({
  req,
  api = 'rest',
  category,
  includeSubcategories = true,
  page,
  limit,
}: {
  req: PayloadRequest
  api?: ReadApi
  category: string
  includeSubcategories?: boolean
  page?: unknown
  limit?: unknown
}) => {
  const paging = pageArgs(page, limit)
  // The site's own category: another site may have one with the same slug.
  const site = await ownSiteOnly(req)
  const { docs } = await req.payload.find({
    collection: 'categories',
    where: { and: [site, { slug: { equals: category } }] },
    limit: 1,
    depth: 0,
    req,
  })
  if (!docs[0]) notFound(`Không có chuyên mục "${category}" (no category "${category}").`)
  const categories = includeSubcategories
    ? await categoryWithDescendants(req, docs[0].id)
    : [docs[0].id]
  return req.payload.find({
    collection: 'articles',
    where: { and: [site, { category: { in: categories } }, articlesInLanguage(readLanguage(req))] },
    sort: '-publishedAt',
    ...listShape(api),
    ...paging,
    req,
    overrideAccess: false,
  })
}
