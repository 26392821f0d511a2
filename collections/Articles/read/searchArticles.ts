import type { PayloadRequest } from 'payload'

import { foldText } from '../../../src/lib/foldText'
import { badRequest, pageArgs } from '../../../src/lib/readErrors'

/** How many matches are ranked; a search box shows the best of them, page by page. */
const CANDIDATES = 200

/**
 * Accent-insensitive search over title, lead and body: "bac kan", "Bắc Kạn" and "BAC KAN" find
 * the same articles. Every word must match; articles whose title has every word come first,
 * then the newest.
 */
export const searchArticles = async ({
  req,
  depth = 1,
  q,
  page,
  limit,
}: {
  req: PayloadRequest
  /** 1 for REST (names of linked records), 0 for GraphQL (which resolves links itself). */
  depth?: number
  q: string
  page?: unknown
  limit?: unknown
}) => {
  const words = foldText(q ?? '')
    .split(' ')
    .filter(Boolean)
  if (!words.length) badRequest('Cần từ khóa tìm kiếm q (q must contain a word).')
  const paging = pageArgs(page, limit)
  // Published-only is explicit: the folded fields are server-only, so access is bypassed here.
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: {
      and: [
        { _status: { equals: 'published' } },
        ...words.map((word) => ({ searchText: { like: word } })),
      ],
    },
    sort: '-publishedAt',
    limit: CANDIDATES,
    depth: 0,
    select: { searchTitle: true, publishedAt: true },
    req,
    overrideAccess: true,
  })
  const titleHits = (title: unknown) => words.every((word) => String(title ?? '').includes(word))
  const ranked = [...docs].sort(
    (a, b) => Number(titleHits(b.searchTitle)) - Number(titleHits(a.searchTitle)),
  )
  const pageIds = ranked
    .slice((paging.page - 1) * paging.limit, paging.page * paging.limit)
    .map((doc) => doc.id)
  const { docs: articles } = pageIds.length
    ? await req.payload.find({
        collection: 'articles',
        where: { id: { in: pageIds } },
        depth,
        limit: pageIds.length,
        req,
        overrideAccess: false,
      })
    : { docs: [] }
  const byId = new Map(articles.map((article) => [article.id, article]))
  return {
    docs: pageIds.map((id) => byId.get(id)).filter((article) => article !== undefined),
    totalDocs: ranked.length,
    page: paging.page,
    limit: paging.limit,
  }
}
