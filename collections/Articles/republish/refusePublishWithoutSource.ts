import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/idOf'
import type { Article } from '@/payload-types'
import { slugs } from '@collections/slugs'

import { refuse } from './refuse'

/**
 * A republication is public only while its source is: after a takedown it stays down until the
 * source is back, and then its own editor republishes it through the workflow.
 */
export const refusePublishWithoutSource: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
}) => {
  const source = idOf(data.republication?.source ?? originalDoc?.republication?.source)
  if (!source || data._status !== 'published') return data
  const live = await req.payload.find({
    collection: slugs.articles,
    where: {
      and: [
        { id: { equals: source } },
        { _status: { equals: 'published' } },
        { workflowStage: { equals: 'published' } },
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  if (!live.docs.length) {
    refuse(
      'Bài gốc không còn được xuất bản: chưa thể xuất bản bài đăng lại (the source is not published).',
      409,
    )
  }
  return data
}
