import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import type { Endpoint } from 'payload'

import { calendarItems } from './calendarItems'
import { rescheduleArticle } from './rescheduleArticle'

/**
 * The publishing calendar's API, staff only:
 * GET /api/articles/calendar?from=<ISO>&to=<ISO> → { items }
 * POST /api/articles/:id/reschedule { publishAt } → { id, publishedAt }
 */
export const calendarEndpoints: Endpoint[] = [
  {
    path: '/calendar',
    method: 'get',
    handler: async (req) =>
      Response.json({
        items: await calendarItems({
          payload: req.payload,
          user: req.user,
          from: String(req.query.from ?? ''),
          to: String(req.query.to ?? ''),
          site: getTenantFromCookie(req.headers, req.payload.db.defaultIDType),
        }),
      }),
  },
  {
    path: '/:id/reschedule',
    method: 'post',
    handler: async (req) => {
      const body = (await req.json?.().catch(() => ({}))) as { publishAt?: unknown } | undefined
      return Response.json(
        await rescheduleArticle({
          payload: req.payload,
          id: String(req.routeParams?.id),
          publishAt: String(body?.publishAt ?? ''),
          user: req.user,
          req,
        }),
      )
    },
  },
]
