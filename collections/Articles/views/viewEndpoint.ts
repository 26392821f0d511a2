import { APIError, type Endpoint } from 'payload'

import { incrementViews } from './incrementViews'

/** POST /api/articles/:id/view — counts one view; open to everyone, published articles only. */
export const viewEndpoint: Endpoint = {
  path: '/:id/view',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    const views = await incrementViews(req.payload, id)
    if (views === null) {
      throw new APIError(`Không có bài đã xuất bản ${id} (no published article ${id}).`, 404, undefined, true)
    }
    return Response.json({ id, views })
  },
}
