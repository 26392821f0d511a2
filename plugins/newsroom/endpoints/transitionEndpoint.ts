import { addDataAndFileToRequest, APIError, type CollectionSlug, type Endpoint } from 'payload'

import { transition } from '../transition/transition'

type TransitionBody = {
  to?: unknown
  note?: unknown
  assignee?: unknown
  expectedStage?: unknown
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined

/** POST /api/<collection>/:id/transition with `{ to, note?, assignee?, expectedStage? }`. */
export const transitionEndpoint = (collection: CollectionSlug): Endpoint => ({
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) {
      throw new APIError('Cần đăng nhập (log in to change a workflow stage).', 401, undefined, true)
    }
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as TransitionBody
    if (typeof body.to !== 'string' || !body.to) {
      throw new APIError('Thiếu trạng thái đích "to" (the body needs "to").', 400, undefined, true)
    }
    const result = await transition({
      payload: req.payload,
      collection,
      id: req.routeParams?.id as string,
      to: body.to,
      note: optionalString(body.note),
      assignee: optionalString(body.assignee),
      expectedStage: optionalString(body.expectedStage),
      user: req.user,
      req,
    })
    return Response.json(result)
  },
})
