import type { PayloadRequest } from 'payload'

import { appDatabase } from '@/database/appDatabase'
import { readLanguage } from '@/i18n/readLanguage'
import { badRequest, pageArgs } from '@/lib/readErrors'
import { MAX_SEARCH_QUERY_LENGTH, parseSearchQuery } from '@/lib/searchQuery'
import { siteLanguages, type SiteLanguage } from '@/sites/siteLanguages'
import { siteOfPayloadRequest } from '@/sites/siteOfRequest'

import { listShape, type ReadApi } from './articleShapes'

const LANGUAGES: string[] = siteLanguages.map((language) => language.code)

/**
 * Search in one language (the request's locale unless `language` says) of the request's site
 * (README, "Which site a request reads") over title, lead and body. Vietnamese: a query of several syllables
 * finds them as a phrase first, then apart; accents optional ("chuyen doi so" finds "chuyển đổi
 * số") but an exact match first ("bí mật" above "bỉ mặt"); "quoted" parts only as phrases.
 * English: its words, stemmed. Title hits above lead hits above body hits, then the newest; see
 * src/database/searchLevels.ts.
 */
export const searchArticles = async ({
  req,
  api = 'rest',
  q,
  language,
  page,
  limit,
}: {
  req: PayloadRequest
  api?: ReadApi
  q: string
  language?: string
  page?: unknown
  limit?: unknown
}) => {
  language ??= readLanguage(req)
  if (!LANGUAGES.includes(language)) {
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
  // The index holds published articles only: drafts and pending drafts are never in it.
  const site = await siteOfPayloadRequest(req)
  const { ids, totalDocs } = await appDatabase(req.payload).searchPage({
    query,
    filter: { language: language as SiteLanguage, site: site?.id },
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
