import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { applyImport } from './applyImport'
import { loadImportDirectory } from './importDirectory'
import { importSiteOf } from './importSite'
import { parseArticle } from './parseArticle'
import type { MeetingKind, ParsedArticle } from './parsedArticle'
import { looksLikeHtml, parseHtmlArticle } from './parseHtmlArticle'
import { planImport } from './planImport'
import { editorRoles } from '../access/roles'
import { hasRoleAnywhere } from '../access/siteRoles'
import { idOf } from '../lib/idOf'
import { refuse } from '../lib/refuse'
import type { PartOfDay } from '../lib/vietnamTime'

/** What an editor may correct in the preview before saving. */
export type ImportCorrections = {
  title?: string
  lead?: string
  byline?: string | null
  /** ISO 8601: the publish time the text lacked or got wrong. */
  publishedAt?: string
  /** A category's id: the text never names one. */
  category?: string | number
  meeting?: {
    date?: string | null
    partOfDay?: PartOfDay | null
    kind?: MeetingKind
  } | null
}

const readBody = async (req: PayloadRequest) => {
  if (!req.user) refuse('Cần đăng nhập (log in first).', 401)
  if (!hasRoleAnywhere(req.user, editorRoles))
    refuse('Chỉ biên tập viên được nhập bài cũ (editors only).', 403)
  await addDataAndFileToRequest(req)
  const { text, corrections, site } = (req.data ?? {}) as {
    text?: unknown
    corrections?: ImportCorrections
    site?: unknown
  }
  if (typeof text !== 'string' || !text.trim())
    refuse('Dán nội dung bài (văn bản hoặc HTML) vào "text" (the body needs "text").', 400)
  try {
    // A saved page pasted in the same field is read as HTML: the article is taken out of it.
    const asRead = looksLikeHtml(text as string)
      ? parseHtmlArticle(text as string)
      : parseArticle(text as string)
    return {
      asRead,
      parsed: withCorrections(asRead, corrections),
      category: corrections?.category ?? undefined,
      site,
    }
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error), 400)
  }
}

const withCorrections = (parsed: ParsedArticle, corrections?: ImportCorrections): ParsedArticle => {
  if (!corrections) return parsed
  const { meeting, ...article } = corrections
  const publishedAt =
    article.publishedAt && !Number.isNaN(Date.parse(article.publishedAt))
      ? new Date(article.publishedAt).toISOString()
      : undefined
  return {
    ...parsed,
    ...(publishedAt ? { publishedAt } : {}),
    ...(article.title ? { title: article.title } : {}),
    ...(article.lead ? { lead: article.lead } : {}),
    ...(article.byline !== undefined ? { byline: article.byline || undefined } : {}),
    meeting:
      meeting === null
        ? undefined
        : parsed.meeting && meeting
          ? {
              ...parsed.meeting,
              ...(meeting.date !== undefined ? { date: meeting.date || undefined } : {}),
              ...(meeting.partOfDay !== undefined
                ? { partOfDay: meeting.partOfDay || undefined }
                : {}),
              ...(meeting.kind ? { kind: meeting.kind } : {}),
            }
          : parsed.meeting,
  }
}

/** Reads the request, then plans the import of the (corrected) article it carries. */
const planFromRequest = async (req: PayloadRequest) => {
  const { asRead, parsed, category, site: named } = await readBody(req)
  const site = await importSiteOf(req, named)
  if (category !== undefined) {
    const found = await req.payload.findByID({
      collection: 'categories',
      id: category,
      depth: 0,
      disableErrors: true,
    })
    if (!found) return refuse(`Không có chuyên mục ${category} (category not found).`, 400)
    if (String(idOf(found.site)) !== String(site)) {
      refuse(`Chuyên mục ${category} thuộc cổng khác (the category belongs to another site).`, 400)
    }
  }
  const directory = await loadImportDirectory(req.payload)
  const plan = await planImport({
    payload: req.payload,
    directory,
    parsed,
    asRead,
    file: 'admin',
    publish: false,
  })
  return { parsed, directory, plan, category, site }
}

/**
 * The admin's "Nhập bài cũ": POST /api/newsroom/import/preview with `{ text, corrections? }`
 * answers what the text was read as and what saving would create or reuse; POST
 * /api/newsroom/import saves it as a draft and answers the new article's id.
 */
export const importEndpoints: Endpoint[] = [
  {
    path: '/newsroom/import/preview',
    method: 'post',
    handler: async (req) => {
      const { parsed, plan } = await planFromRequest(req)
      return Response.json({ parsed, plan })
    },
  },
  {
    path: '/newsroom/import',
    method: 'post',
    handler: async (req) => {
      const { parsed, directory, plan, category, site } = await planFromRequest(req)
      if (plan.isAlreadyImported) {
        refuse('Bài này đã được nhập trước đó (this article was already imported).', 409)
      }
      const outcome = await applyImport({
        payload: req.payload,
        directory,
        plan,
        parsed,
        category,
        site,
      })
      return Response.json(outcome, { status: 201 })
    },
  },
]
