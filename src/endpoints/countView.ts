import type { Payload } from 'payload'

import { appDatabase } from '../database/appDatabase'

/** One view of article `id` counted, as JSON `{ id, views }`, or a 404 when nothing was counted. */
export const countView = async (payload: Payload, id: string): Promise<Response> => {
  const views = await appDatabase(payload).incrementViews(id)
  if (views === null) {
    const message = `Không có bài đã xuất bản ${id} (no published article ${id}).`
    return Response.json({ errors: [{ message }] }, { status: 404 })
  }
  return Response.json({ id, views })
}
