import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/idOf'
import { slugs } from '@collections/slugs'

/**
 * A comment belongs to its article's site, read only there; the article is read as the writer,
 * so nobody comments on an article of a site they cannot see.
 */
export const siteOfArticle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const articleId = idOf(data.article ?? originalDoc?.article)
  if (articleId === undefined) return data
  const article = await req.payload.findByID({
    collection: slugs.articles,
    id: articleId,
    depth: 0,
    draft: true,
    req,
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    disableErrors: true,
    select: { site: true },
  })
  if (!article) {
    throw new APIError('Không tìm thấy tin bài (article not found).', 404, undefined, true)
  }
  return { ...data, site: idOf(article.site) }
}
