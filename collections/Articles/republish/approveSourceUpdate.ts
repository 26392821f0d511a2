import type { PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'
import { slugs } from '@collections/slugs'
import { transition } from '@plugins/newsroom'

import { refuse } from './refuse'
import { REPUBLISH_CONTEXT_KEY } from './republishContext'
import type { PendingUpdate } from './sourceContent'

const writePending = (req: PayloadRequest, id: Article['id'], data: Partial<Article>) =>
  req.payload.update({
    collection: slugs.articles,
    id,
    data,
    draft: true,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    context: { [REPUBLISH_CONTEXT_KEY]: true },
    req,
  })

/**
 * Applies the correction a source published to its republication. On a published
 * republication this is the workflow's correction step (published → published), which the
 * newsroom plugin allows the editor-in-chief of the republication's site and records in its
 * history; in any other stage it is an edit of the draft under that stage's edit rights, and the
 * workflow's own approval still comes before anything is public.
 */
export const approveSourceUpdate = async ({
  req,
  id,
}: {
  req: PayloadRequest
  id: string
}): Promise<{ id: string; stage: string; eventId: string | null }> => {
  const { payload, user } = req
  if (!user) return refuse('Cần đăng nhập (log in first).', 401)
  const article = await payload.findByID({
    collection: slugs.articles,
    id,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!article) return refuse(`Không tìm thấy bài ${id} (article not found).`, 404)
  const pending = article.republication?.pendingUpdate as PendingUpdate | null | undefined
  if (!article.republication?.source || !pending) {
    return refuse('Bài không có bản cập nhật nào chờ duyệt (no update is waiting).', 409)
  }

  const applied = (update: PendingUpdate | null) => ({
    ...(update ? update.content : {}),
    republication: {
      ...article.republication,
      sourceVersion: update ? update.version : article.republication?.sourceVersion,
      pendingUpdate: update ? null : pending,
    },
  })
  // As the user: the plugin's stage access decides whether they may edit the article now.
  await writePending(req, article.id, applied(pending) as Partial<Article>).catch(
    (error: { status?: number }) =>
      error.status === 403
        ? refuse('Bạn không được duyệt cập nhật bài này (not allowed to approve the update).', 403)
        : Promise.reject(error),
  )
  if (article.workflowStage !== 'published') {
    return { id: String(article.id), stage: String(article.workflowStage), eventId: null }
  }
  try {
    const result = await transition({
      payload,
      collection: slugs.articles,
      id: article.id,
      to: 'published',
      expectedStage: 'published',
      note: `Cập nhật theo bản đính chính của ${article.republication.sourceSiteName ?? 'bài gốc'}`,
      user,
      req,
    })
    return { id: String(article.id), stage: result.to, eventId: result.eventId }
  } catch (error) {
    // No transaction on SQLite: put the draft back as it was, the update still waiting.
    await payload.update({
      collection: slugs.articles,
      id: article.id,
      data: {
        title: article.title,
        lead: article.lead,
        body: article.body,
        featuredImage: article.featuredImage,
        audio: article.audio,
        byline: article.byline,
        ...applied(null),
      } as Partial<Article>,
      draft: true,
      depth: 0,
      overrideAccess: true,
      context: { [REPUBLISH_CONTEXT_KEY]: true },
      req,
    })
    throw error
  }
}
