import type { PayloadRequest } from 'payload'

import { appDatabase } from '@/database/appDatabase'
import { foldText } from '@/lib/foldText'
import { badRequest, pageArgs } from '@/lib/readErrors'
import { siteOfPayloadRequest } from '@/sites/siteOfRequest'

import { listShape, type ReadApi } from './articleShapes'

/**
 * Accent-insensitive search over title, lead and body: "bac kan", "Bắc Kạn" and "BAC KAN" find
 * the same articles. Every word must be a word of the article; articles whose title has every
 * word come first, then the newest.
 */
export const searchArticles = async ({
  req,
  api = 'rest',
  q,
  page,
  limit,
}: {
  req: PayloadRequest
  api?: ReadApi
  q: string
  page?: unknown
  limit?: unknown
}) => {
  const words = foldText(q ?? '')
    .split(' ')
    .filter(Boolean)
  if (!words.length) badRequest('Cần từ khóa tìm kiếm q (q must contain a word).')
  const paging = pageArgs(page, limit)
  // The index holds published articles only: drafts and pending drafts are never in it.
  const site = await siteOfPayloadRequest(req)
  const { ids, totalDocs } = await appDatabase(req.payload).searchPage({
    words,
    site: site?.id,
    offset: (paging.page - 1) * paging.limit,
    limit: paging.limit,
  })
  const { docs: articles } = ids.length
    ? await req.payload.find({
        collection: 'articles',
        where: { id: { in: ids } },
        // The page's order is the index's; by id the database looks the ids up, uncounted.
        sort: 'id',
        pagination: false,
        ...listShape(api),
        limit: ids.length,
        req,
        overrideAccess: false,
      })
    : { docs: [] }
  const byId = new Map(articles.map((article) => [article.id, article]))
  return {
    docs: ids.map((id) => byId.get(id)).filter((article) => article !== undefined),
    totalDocs,
    page: paging.page,
    limit: paging.limit,
  }
}
