import { type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { refuse } from '@/lib/refuse'
import { transition } from '@plugins/newsroom'

import { portalDateTime } from '../lib/portalDateTime'

export type RescheduleArgs = {
  payload: Payload
  id: string
  /** The new publish time, an ISO instant. */
  publishAt: string
  user: TypedUser | null
  req?: PayloadRequest
}

/**
 * Moves an approved article to another publish time, under the workflow's rules: the user must be
 * allowed to edit the article in its stage (the collection's update access, which the newsroom
 * plugin narrows by stage) and to make the approved → approved step; the time must lie ahead; a
 * published article keeps its time (changing it is a correction, made in the edit view).
 */
export const rescheduleArticle = async ({ payload, id, publishAt, user, req }: RescheduleArgs) => {
  if (!user) refuse('Cần đăng nhập (log in first).', 401)
  const when = new Date(publishAt)
  if (Number.isNaN(when.getTime())) {
    refuse('Thời gian xuất bản không hợp lệ (publishAt must be an ISO date-time).', 400)
  }
  const article = await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!article) return refuse(`Không tìm thấy bài ${id} (article not found).`, 404)
  if (article.workflowStage === 'published') {
    refuse(
      'Bài đã xuất bản: không đổi giờ trên lịch; sửa giờ bằng một bản sửa trong trang bài (already published: correct the time in the article).',
      409,
    )
  }
  if (article.workflowStage !== 'approved') {
    refuse('Chỉ bài đã duyệt mới được lên lịch (only approved articles are scheduled).', 409)
  }
  if (when.getTime() <= Date.now()) {
    refuse('Không thể lên lịch xuất bản vào quá khứ (the publish time must lie ahead).', 400)
  }

  const previous = article.publishedAt ?? null
  // As the user: the plugin's stage access decides whether they may edit an approved article.
  await payload
    .update({
      collection: 'articles',
      id,
      data: { publishedAt: when.toISOString() },
      depth: 0,
      user,
      overrideAccess: false,
      req,
    })
    .catch((error: { status?: number }) =>
      error.status === 403
        ? refuse('Bạn không được đổi giờ xuất bản bài này (not allowed to reschedule).', 403)
        : Promise.reject(error),
    )
  try {
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'approved',
      expectedStage: 'approved',
      note: `Giờ xuất bản mới: ${portalDateTime(when)}`,
      user,
      req,
    })
  } catch (error) {
    // No transaction on SQLite: put the time back, so the draft does not promise a time the
    // schedule does not keep.
    await payload.update({
      collection: 'articles',
      id,
      data: { publishedAt: previous },
      depth: 0,
      overrideAccess: true,
      req,
    })
    throw error
  }
  return { id, publishedAt: when.toISOString() }
}
