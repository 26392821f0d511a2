import type { PayloadRequest } from 'payload'

import { articlesInLanguage } from '@/i18n/readLanguage'
import { badRequest, notFound } from '@/lib/readErrors'
import { ownSiteOnly } from '@/sites/publicSiteScope'
import { defaultLanguage } from '@/sites/siteLanguages'

import { listShape, pageShape, type ReadApi } from './articleShapes'

/**
 * One published article by slug, with up to `related` newer-first articles of its category in
 * its own language; the page shape links its other language's versions (translationOf,
 * translations). Slugs are unique across languages, so the slug alone finds the article.
 */
export const articleBySlug = async ({
  req,
  api = 'rest',
  slug,
  related = 5,
}: {
  req: PayloadRequest
  api?: ReadApi
  slug: string
  related?: unknown
}) => {
  const count = Number(related)
  if (!Number.isInteger(count) || count < 0 || count > 20) {
    badRequest('related từ 0 đến 20 (related must be 0–20).')
  }
  const site = await ownSiteOnly(req)
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [site, { slug: { equals: slug } }] },
    limit: 1,
    pagination: false,
    ...pageShape(api),
    req,
    overrideAccess: false,
  })
  const article = docs[0]
  if (!article) return notFound(`Không có bài "${slug}" (no published article "${slug}").`)
  const categoryId = typeof article.category === 'object' ? article.category?.id : article.category
  const relatedArticles =
    categoryId && count > 0
      ? (
          await req.payload.find({
            collection: 'articles',
            where: {
              and: [
                site,
                { category: { equals: categoryId } },
                { id: { not_equals: article.id } },
                articlesInLanguage(article.language ?? defaultLanguage),
              ],
            },
            sort: '-publishedAt',
            limit: count,
            // No total is shown, and counting a category's articles is most of the cost.
            pagination: false,
            ...listShape(api),
            req,
            overrideAccess: false,
          })
        ).docs
      : []
  return { article, related: relatedArticles }
}
