import { APIError, type Payload } from 'payload'

import { siteDirectory } from '@/sites/siteDirectory'
import { siteOfRequest } from '@/sites/siteOfRequest'

import { appDatabase } from '../database/appDatabase'

type ViewRequest = {
  payload: Payload
  id: string
  headers: Headers
  searchParams?: URLSearchParams
}

const notCounted = (id: string) =>
  new APIError(`Không có bài đã xuất bản ${id} (no published article ${id}).`, 404, undefined, true)

/**
 * Whether the article is one of the request's site's: a reader of one portal does not count
 * views of, nor learn of, another's. One site: nothing to check, the counter's one statement.
 */
const isOnRequestSite = async ({ payload, id, headers, searchParams }: ViewRequest) => {
  if ((await siteDirectory(payload)).byId.size < 2) return true
  const site = await siteOfRequest({ payload, headers, searchParams })
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { site: { equals: site?.id ?? null } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** Counts one view; the new count, or an APIError 404 when nothing was counted. */
export const countArticleView = async (request: ViewRequest): Promise<number> => {
  const views = (await isOnRequestSite(request))
    ? await appDatabase(request.payload).incrementViews(request.id)
    : null
  if (views === null) throw notCounted(request.id)
  return views
}

/** One view counted, as JSON `{ id, views }`, or the API's error answer (404, or 400/404 for `?site=`). */
export const countView = async (request: ViewRequest): Promise<Response> => {
  try {
    return Response.json({ id: request.id, views: await countArticleView(request) })
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
  }
}
