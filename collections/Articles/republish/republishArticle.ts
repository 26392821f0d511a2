import type { PayloadRequest } from 'payload'

import { idOf } from '@/lib/idOf'
import type { Article } from '@/payload-types'
import { slugs } from '@collections/slugs'

import { refuse } from './refuse'
import { REPUBLISH_CONTEXT_KEY } from './republishContext'
import { sourceContent } from './sourceContent'
import { sourceCredit } from './sourceCredit'

export type RepublishArgs = {
  req: PayloadRequest
  /** The source article, of another site. */
  sourceId: string
  /** The republishing site. */
  site: string
  /** A category of the republishing site (optional: chosen later in the draft otherwise). */
  category?: string | null
}

/**
 * Đăng lại: a new draft on the republishing site, in its own workflow, copying the published
 * source (title, lead, body, images, byline) and holding its credit. The draft is created as
 * the user, so the republishing site's own create rights apply; only its credit fields are
 * written by the server.
 */
export const republishArticle = async ({
  req,
  sourceId,
  site,
  category,
}: RepublishArgs): Promise<Article> => {
  const { payload, user } = req
  if (!user) return refuse('Cần đăng nhập (log in first).', 401)
  if (!site) refuse('Chọn cổng đăng lại (site is required).', 400)

  // The published source only: a draft of another site is never read here, whoever asks.
  const source = await payload.findByID({
    collection: slugs.articles,
    id: sourceId,
    depth: 0,
    draft: false,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!source || source._status !== 'published' || source.workflowStage !== 'published') {
    return refuse(
      `Không có bài đã xuất bản ${sourceId} để đăng lại (only a published article can be republished).`,
      404,
    )
  }
  if (source.republication?.source) {
    refuse(
      'Bài này đã là bài đăng lại: hãy đăng lại bài gốc (this is a republication: republish its source).',
      400,
    )
  }
  if (String(idOf(source.site)) === String(site)) {
    refuse('Bài đã thuộc cổng này (the article already belongs to this site).', 400)
  }
  const target = await payload.findByID({
    collection: slugs.sites,
    id: site,
    depth: 0,
    disableErrors: true,
    req,
  })
  if (!target) return refuse(`Không có cổng ${site} (site not found).`, 400)
  if (category) {
    const chosen = await payload.findByID({
      collection: slugs.categories,
      id: category,
      depth: 0,
      disableErrors: true,
      req,
    })
    if (!chosen || String(idOf(chosen.site)) !== String(site)) {
      refuse(
        `Chuyên mục không thuộc cổng "${target.name}" (the category must be one of the republishing site's).`,
        400,
      )
    }
  }
  const { totalDocs } = await payload.count({
    collection: slugs.articles,
    where: {
      and: [{ 'republication.source': { equals: source.id } }, { site: { equals: site } }],
    },
    req,
  })
  if (totalDocs) {
    refuse(
      `Bài này đã được đăng lại trên "${target.name}" (already republished on this site).`,
      409,
    )
  }

  const credit = await sourceCredit({ payload, source, req })
  return payload.create({
    collection: slugs.articles,
    data: {
      ...sourceContent(source),
      site,
      category: category || null,
      language: source.language,
      republication: { source: source.id, ...credit, pendingUpdate: null },
    },
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    context: { [REPUBLISH_CONTEXT_KEY]: true },
    req,
  })
}
