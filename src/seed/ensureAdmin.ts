import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { passwordResetLink } from '../lib/passwordResetLink'

const SAMPLE_ADMIN_EMAIL = 'admin@toasoan.example'

/**
 * Sample accounts mean /admin no longer offers "create first user", and the first account
 * created always becomes an admin, so on a database without users the seed makes the admin
 * first: a random password nobody knows, and a one-time link to set it printed to the console.
 */
export const ensureAdmin = async (payload: Payload): Promise<void> => {
  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (users > 0) return
  await payload.create({
    collection: 'users',
    data: {
      email: SAMPLE_ADMIN_EMAIL,
      fullName: 'Quản trị',
      roles: ['admin'],
      password: randomBytes(24).toString('base64url'),
    },
  })
  const link = await passwordResetLink(payload, SAMPLE_ADMIN_EMAIL)
  payload.logger.info(
    `Toasoan: admin account ${SAMPLE_ADMIN_EMAIL}: set its password at ${link} (valid 1 hour; a new link: npm run reset-link -- ${SAMPLE_ADMIN_EMAIL})`,
  )
}
