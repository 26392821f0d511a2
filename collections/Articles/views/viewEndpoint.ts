import type { Endpoint } from 'payload'

import { countView } from '@/endpoints/countView'

/**
 * POST /api/articles/:id/view — counts one view; open to everyone, published articles only.
 * In this app Next serves the path from a route of its own (src/app/(payload)/api/articles/[id]/
 * view/route.ts) with the same handler; the endpoint keeps it in Payload's API everywhere else.
 */
export const viewEndpoint: Endpoint = {
  path: '/:id/view',
  method: 'post',
  handler: (req) =>
    countView({
      payload: req.payload,
      id: String(req.routeParams?.id),
      headers: req.headers,
      searchParams: req.searchParams,
    }),
}
