import { APIError, type Endpoint } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { sendInvitation } from '@/invitations/sendInvitation'

/** POST /api/users/:id/invitation: an admin sends the person a new set-password link. */
export const resendInvitation: Endpoint = {
  path: '/:id/invitation',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập (log in first).', 401, undefined, true)
    if (!isAdmin({ req })) {
      throw new APIError('Chỉ quản trị viên gửi lời mời (admins only).', 403, undefined, true)
    }
    const user = await req.payload.findByID({
      collection: 'users',
      id: String(req.routeParams?.id),
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!user) throw new APIError('Không có người dùng này (user not found).', 404, undefined, true)
    await sendInvitation({ payload: req.payload, user, req })
    return Response.json({ message: `Đã gửi lời mời tới ${user.email} (invitation sent).` })
  },
}
