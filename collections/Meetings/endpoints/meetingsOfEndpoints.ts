import type { Endpoint } from 'payload'

import { meetingsOf } from '../read/meetingsOf'

/** GET /api/meetings/by-official/<id> and /api/meetings/by-unit/<id>, newest first. */
export const meetingsOfEndpoints: Endpoint[] = [
  {
    path: '/by-official/:id',
    method: 'get',
    handler: async (req) =>
      Response.json(
        await meetingsOf({ req, official: String(req.routeParams?.id), page: req.query.page, limit: req.query.limit }),
      ),
  },
  {
    path: '/by-unit/:id',
    method: 'get',
    handler: async (req) =>
      Response.json(
        await meetingsOf({ req, unit: String(req.routeParams?.id), page: req.query.page, limit: req.query.limit }),
      ),
  },
]
