import { APIError, type Endpoint } from 'payload'

/**
 * POST /api/users/verify/:id: Payload adds email verification's route to every auth collection,
 * even without `auth.verify`; here it looked up a field that does not exist and answered a 500
 * to anyone. Accounts are invited instead (src/invitations), so the route is answered as absent.
 */
export const noEmailVerification: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: () => {
    throw new APIError(
      'Không xác minh email ở đây (email verification is not used: accounts are invited).',
      404,
      undefined,
      true,
    )
  },
}
