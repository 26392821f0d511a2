import type { Endpoint } from 'payload'

import { meetingsOf } from '../read/meetingsOf'

const meetingsOfEndpoint = (by: 'official' | 'unit'): Endpoint => ({
  path: `/by-${by}/:id`,
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    const { page, limit } = req.query
    return Response.json(
      await meetingsOf({
        req,
        ...(by === 'official' ? { official: id } : { unit: id }),
        page,
        limit,
      }),
    )
  },
})

/** GET /api/meetings/by-official/<id> and /api/meetings/by-unit/<id>, newest first. */
export const meetingsOfEndpoints: Endpoint[] = [
  meetingsOfEndpoint('official'),
  meetingsOfEndpoint('unit'),
]
