import type { PayloadRequest } from 'payload'

import { appDatabase } from '@/database/appDatabase'
import { badRequest, notFound, pageArgs } from '@/lib/readErrors'
import { MAX_SEARCH_QUERY_LENGTH, parseSearchQuery } from '@/lib/searchQuery'
import { defaultLanguage, siteLanguages, type SiteLanguage } from '@/sites/siteLanguages'
import { slugs } from '@collections/slugs'

import { listShape, type ReadApi } from './articleShapes'

const LANGUAGES: string[] = siteLanguages.map((language) => language.code)

const siteIdOf = async (req: PayloadRequest, slug: string): Promise<string> => {
  const { docs } = await req.payload.find({
    collection: slugs.sites,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  return docs[0]?.id ?? notFound(`Không có cổng thông tin "${slug}" (no site "${slug}").`)
}

/**
 * Search in one language (of one site, when given) over title, lead and body. Vietnamese: a query of several syllables
 * finds them as a phrase first, then apart; accents optional ("chuyen doi so" finds "chuyển đổi
 * số") but an exact match first ("bí mật" above "bỉ mặt"); "quoted" parts only as phrases.
 * English: its words, stemmed. Title hits above lead hits above body hits, then the newest; see
 * src/database/searchLevels.ts.
 */
export const searchArticles = async ({
  req,
  api = 'rest',
  q,
  language = defaultLanguage,
  site,
  page,
  limit,
}: {
  req: PayloadRequest
  api?: ReadApi
  q: string
  language?: string
  /** A site's slug: only its articles. */
  site?: string
  page?: unknown
  limit?: unknown
}) => {
  if (!LANGUAGES.includes(language as SiteLanguage)) {
    badRequest(
      `language là vi hoặc en (language must be vi or en, got ${JSON.stringify(language)}).`,
    )
  }
  if ((q ?? '').length > MAX_SEARCH_QUERY_LENGTH) {
    badRequest(
      `Từ khóa tìm kiếm dài quá ${MAX_SEARCH_QUERY_LENGTH} ký tự (q must be at most ${MAX_SEARCH_QUERY_LENGTH} characters).`,
    )
  }
  const query = parseSearchQuery(q ?? '', language as SiteLanguage)
  if (!query.groups.length) badRequest('Cần từ khóa tìm kiếm q (q must contain a word).')
  const paging = pageArgs(page, limit)
  const siteId = site ? await siteIdOf(req, site) : undefined
  // The index holds published articles only: drafts and pending drafts are never in it.
  const { ids, totalDocs } = await appDatabase(req.payload).searchPage({
    query,
    filter: { language: language as SiteLanguage, site: siteId },
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
