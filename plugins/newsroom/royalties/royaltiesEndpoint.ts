import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { personKeysOfUser } from './personKeysOfUser'
import { personName } from '../attribution/personName'
import type { SanitizedNewsroomConfig } from '../types'
import { royaltyCsv } from './royaltyCsv'
import { ROYALTY_LINES } from './royaltyLinesCollection'
import { managesRoyalties } from './royaltyManagers'
import {
  royaltyReport,
  type ReportArticle,
  type ReportLine,
  type ReportPerson,
} from './royaltyReport'
import type { BylineRole } from '../attribution/bylineRoles'
import { idOf } from '../utilities/idOf'
import { refuse } from '../utilities/refuse'
import { isCalendarDay, vietnamDayEnd, vietnamDayStart } from '../utilities/vietnamTime'
import { whereRolesAllow } from '../utilities/whereRolesAllow'

type Ref = { relationTo: string; value: unknown }
type Doc = Record<string, unknown>

const bad = (message: string): never => refuse(message, 400)

/** Upload nodes of a Lexical body: the photos and clips placed in the text. */
const bodyMediaIds = (body: unknown, mediaCollection: string): string[] => {
  const children = (body as { root?: { children?: Doc[] } } | null)?.root?.children ?? []
  return children
    .filter((node) => node.type === 'upload' && node.relationTo === mediaCollection)
    .map((node) => idOf(node.value))
    .filter((id): id is string => Boolean(id))
}

const roleOfMedia = (mimeType: unknown): BylineRole => {
  const type = String(mimeType ?? '')
  if (type.startsWith('audio/')) return 'audio'
  if (type.startsWith('video/')) return 'video'
  return 'photo'
}

/**
 * GET /api/newsroom/royalties?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv — per person and
 * period: articles published, roles held (bylines and photo credits), views, royalty total.
 * The editor-in-chief and admins see everyone; anyone else only their own row.
 */
export const royaltiesEndpoint = (config: SanitizedNewsroomConfig): Endpoint => ({
  path: '/newsroom/royalties',
  method: 'get',
  handler: async (req) => {
    if (!req.user) refuse('Cần đăng nhập (log in first).', 401)
    const { from, to, format = 'json' } = req.query as Record<string, unknown>
    if (!isCalendarDay(from) || !isCalendarDay(to)) {
      bad('Cần from và to dạng YYYY-MM-DD (from and to must be calendar days, YYYY-MM-DD).')
    }
    if ((from as string) > (to as string))
      bad('Ngày bắt đầu kỳ không được sau ngày kết thúc (from must not be after to).')
    if (format !== 'json' && format !== 'csv')
      bad('format là json hoặc csv (format must be json or csv).')

    const start = vietnamDayStart(from as string)
    const end = vietnamDayEnd(to as string)
    // A manager reports on the boards (sites) they manage; anyone else on their own row.
    const managed = whereRolesAllow(config, req, (roles) => managesRoyalties(config, roles))
    const report = await buildReport({
      config,
      req,
      start,
      end,
      scope: typeof managed === 'object' ? managed : undefined,
    })
    const mine = managed ? undefined : new Set(await personKeysOfUser(config, req))
    const rows = mine ? report.filter((row) => mine.has(row.person.key)) : report

    if (format === 'csv') {
      return new Response(royaltyCsv(rows, { from: from as string, to: to as string }), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="nhuan-but_${from}_${to}.csv"`,
        },
      })
    }
    return Response.json({
      from,
      to,
      currency: config.royalties.currency,
      baseValue: config.royalties.baseValue,
      rows,
    })
  },
})

const buildReport = async ({
  config,
  req,
  start,
  end,
  scope,
}: {
  config: SanitizedNewsroomConfig
  req: PayloadRequest
  start: string
  end: string
  /** The articles and lines reported on (a manager's boards); all without one. */
  scope?: Where
}) => {
  const within = (where: Where): Where => (scope ? { and: [scope, where] } : where)
  const { payload } = req
  const names = new Map<string, ReportPerson>()
  const personOf = (
    ref: Ref | null | undefined,
    name: string | undefined,
  ): ReportPerson | undefined => {
    const id = idOf(ref?.value)
    if (!ref || !id) return name ? { key: `name:${name}`, name, kind: 'name' } : undefined
    const key = `${ref.relationTo}:${id}`
    const known = names.get(key)
    if (known) return known
    const person: ReportPerson = {
      key,
      name: name ?? key,
      kind: ref.relationTo === config.contributorsCollection ? 'contributor' : 'user',
    }
    names.set(key, person)
    return person
  }

  const published: Doc[] = []
  for (const collection of config.collections) {
    const { docs } = await payload.find({
      collection,
      where: within({
        and: [
          { workflowStage: { equals: config.publishedStage } },
          { [config.publishAtField]: { greater_than_equal: start } },
          { [config.publishAtField]: { less_than: end } },
        ],
      }),
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    published.push(...(docs as unknown as Doc[]))
  }

  const mediaIds = [
    ...new Set(
      published.flatMap((doc) =>
        [
          idOf(doc.featuredImage),
          idOf(doc.audio),
          ...bodyMediaIds(doc.body, config.mediaCollection),
        ].filter((id): id is string => Boolean(id)),
      ),
    ),
  ]
  const media = mediaIds.length
    ? (
        await payload.find({
          collection: config.mediaCollection,
          where: { id: { in: mediaIds } },
          depth: 0,
          pagination: false,
          req,
          overrideAccess: true,
        })
      ).docs
    : []
  const mediaById = new Map((media as unknown as Doc[]).map((item) => [String(item.id), item]))

  const articles: ReportArticle[] = published.map((doc) => {
    const byline = ((doc.byline ?? []) as Doc[]).flatMap((entry) => {
      const person = personOf(entry.person as Ref, (entry.displayName as string) ?? undefined)
      return person ? [{ person, role: (entry.role as BylineRole) ?? 'text' }] : []
    })
    const credits = [
      idOf(doc.featuredImage),
      idOf(doc.audio),
      ...bodyMediaIds(doc.body, config.mediaCollection),
    ]
      .map((id) => (id ? mediaById.get(id) : undefined))
      .flatMap((item) => {
        const person =
          item && personOf(item.creditPerson as Ref, (item.credit as string) || undefined)
        return person ? [{ person, role: roleOfMedia(item.mimeType) }] : []
      })
    return { id: String(doc.id), views: Number(doc.views ?? 0), credits: [...byline, ...credits] }
  })

  const { docs: lineDocs } = await payload.find({
    collection: ROYALTY_LINES as CollectionSlug,
    where: within({
      and: [{ date: { greater_than_equal: start } }, { date: { less_than: end } }],
    }),
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const lines: ReportLine[] = []
  for (const line of lineDocs as unknown as Doc[]) {
    const ref = line.payee as Ref
    const key = `${ref.relationTo}:${idOf(ref.value)}`
    const person = names.get(key) ?? personOf(ref, await personName(config, ref, req))
    if (person) lines.push({ person, amount: Number(line.amount ?? 0) })
  }
  return royaltyReport(articles, lines)
}
