import type { Endpoint } from 'payload'

import { titleOfOfficial } from '../titleOfOfficial'

/** GET /api/officials/:id/title?date=YYYY-MM-DD — the title held on that day (today by default). */
export const titleEndpoint: Endpoint = {
  path: '/:id/title',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id as string
    const date = typeof req.query.date === 'string' ? req.query.date : undefined
    return Response.json(await titleOfOfficial({ id, date, req }))
  },
}
