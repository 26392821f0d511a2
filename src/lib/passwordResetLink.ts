import type { Payload } from 'payload'

import { serverURL } from './serverURL'

/** The admin's own "set a new password" page for a user, valid for an hour. */
export const passwordResetLink = async (payload: Payload, email: string): Promise<string> => {
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email },
    disableEmail: true,
  })
  return `${serverURL()}${payload.config.routes.admin}/reset/${token}`
}
