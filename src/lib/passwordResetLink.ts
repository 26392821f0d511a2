import type { Payload, PayloadRequest } from 'payload'

/** The address people open the admin at: the configured server URL, else this machine's port. */
export const publicServerURL = (payload: Payload): string =>
  (
    payload.config.serverURL ||
    process.env.NEXT_PUBLIC_SERVER_URL ||
    `http://localhost:${process.env.PORT || 3000}`
  ).replace(/\/$/, '')

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
  return `${publicServerURL(payload)}/admin/reset/${token}`
}
