import type { Payload } from 'payload'

/** The admin's own "set a new password" page for a user, valid for an hour. */
export const passwordResetLink = async (payload: Payload, email: string): Promise<string> => {
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email },
    disableEmail: true,
  })
  const serverURL = process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
  return `${serverURL}/admin/reset/${token}`
}
