import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { passwordResetLink } from '../lib/passwordResetLink'
import { seed } from './seed'

const SAMPLE_ADMIN_EMAIL = 'admin@toasoan.example'

/**
 * `npm run dev` on an empty database: load the sample newsroom. Its reporters' accounts mean
 * /admin no longer offers "create first user", so an admin account is made too, with a random
 * password nobody knows, and a one-time link to set it is printed to the console.
 */
export const seedIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs: articles } = await payload.count({ collection: 'articles' })
  if (articles > 0) return
  const { totalDocs: users } = await payload.count({ collection: 'users' })

  payload.logger.info('Toasoan: empty database, loading the sample newsroom…')
  await seed(payload)

  if (users === 0) {
    await payload.create({
      collection: 'users',
      data: {
        email: SAMPLE_ADMIN_EMAIL,
        fullName: 'Quản trị',
        roles: ['admin'],
        password: randomBytes(24).toString('base64url'),
      },
    })
    payload.logger.info(
      `Toasoan: admin account ${SAMPLE_ADMIN_EMAIL}: set its password at ${await passwordResetLink(payload, SAMPLE_ADMIN_EMAIL)} (valid 1 hour; a new link: npm run reset-link -- ${SAMPLE_ADMIN_EMAIL})`,
    )
  }
  payload.logger.info('Toasoan: sample newsroom loaded.')
}
