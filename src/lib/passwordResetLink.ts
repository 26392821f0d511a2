import type { Payload, PayloadRequest } from 'payload'

import { serverURL } from './serverURL'

/** The admin's own "set a new password" page for a user, valid for an hour unless told otherwise. */
export const passwordResetLink = async (
  payload: Payload,
  email: string,
  { expirationMs, req }: { expirationMs?: number; req?: PayloadRequest } = {},
): Promise<string> => {
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email },
    disableEmail: true,
    expiration: expirationMs,
    req,
  })
  return `${serverURL()}${payload.config.routes.admin}/reset/${token}`
}
