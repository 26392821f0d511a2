import type { CollectionAfterChangeHook } from 'payload'

import { sendInvitation } from '@/invitations/sendInvitation'
import type { User } from '@/payload-types'

/**
 * An account someone created for another person (an admin, in the admin or over the API) sends
 * that person their invitation. The first account, the sample newsroom and scripts create
 * accounts with no one logged in, and send nothing.
 */
export const inviteNewUser: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation === 'create' && req.user && req.user.id !== doc.id) {
    await sendInvitation({ payload: req.payload, user: doc, req })
  }
  return doc
}
