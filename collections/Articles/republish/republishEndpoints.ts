import type { Endpoint } from 'payload'

import { approveSourceUpdate } from './approveSourceUpdate'
import { republishArticle } from './republishArticle'

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

/**
 * Đăng lại, staff only:
 * POST /api/articles/:id/republish { site, category? } → 201 the new draft on `site`
 * POST /api/articles/:id/republication/approve → { id, stage, eventId } the update applied
 */
export const republishEndpoints: Endpoint[] = [
  {
    path: '/:id/republish',
    method: 'post',
    handler: async (req) => {
      const body = (await req.json?.().catch(() => ({}))) as
        { site?: unknown; category?: unknown } | undefined
      const doc = await republishArticle({
        req,
        sourceId: String(req.routeParams?.id),
        site: text(body?.site),
        category: text(body?.category) || null,
      })
      return Response.json({ doc }, { status: 201 })
    },
  },
  {
    path: '/:id/republication/approve',
    method: 'post',
    handler: async (req) =>
      Response.json(await approveSourceUpdate({ req, id: String(req.routeParams?.id) })),
  },
]
