import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  APIError,
  AuthenticationError,
  LockedAuth,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
} from 'payload'

const hash = promisify(pbkdf2)

/** Payload 3.90's password hash: PBKDF2-SHA256, 600,000 iterations, 32 bytes. */
const HASH_ITERATIONS = 600_000
const HASH_BYTES = 32

const isLocked = (lockUntil: unknown) =>
  typeof lockUntil === 'string' && new Date(lockUntil).getTime() > Date.now()

/**
 * Whether an account exists must not show in how a login or a password reset answers:
 *
 * - login: an unknown email or a locked account costs the same password hash as a wrong
 *   password (about 200 ms, where an unknown email answered in 20) and gets the same 401 "email
 *   or password incorrect" (Payload said "locked" for locked accounts only);
 * - forgot password: the request itself never waits for the email (an SMTP round trip only an
 *   existing account paid); it is sent once the answer has gone.
 *
 * Over REST and GraphQL alike; the server's own Local API calls (the seed's reset link) are left
 * alone. Non-text credentials (`{ "$ne": null }`) are a 400.
 */
export const sameAnswerForAnyAccount =
  (slug: string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (req.payloadAPI === 'local') return args
    if (operation !== 'login' && operation !== 'forgotPassword') return args
    const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<
      string,
      unknown
    >
    const { email, password } = data
    if (typeof email !== 'string' || (operation === 'login' && typeof password !== 'string')) {
      throw new APIError(
        'email và mật khẩu phải là chữ (email and password must be text).',
        400,
        undefined,
        true,
      )
    }
    if (operation === 'forgotPassword') {
      // Payload's own reset runs (its rate limit included) and reads the email adapter from
      // `req.payload`: this request's sees an adapter that sends after the answer has gone.
      const { payload } = req
      const sendLater: typeof payload.email.sendEmail = (message) => {
        setTimeout(() => {
          payload.email
            .sendEmail(message)
            .catch((error: unknown) =>
              payload.logger.error({ err: error, msg: 'password reset email failed' }),
            )
        }, 0)
        return Promise.resolve()
      }
      req.payload = Object.create(payload, {
        email: { value: { ...payload.email, sendEmail: sendLater } },
      })
      return args
    }
    const user = await req.payload.db.findOne<{ id: string; lockUntil?: string | null }>({
      collection: slug as CollectionSlug,
      where: { email: { equals: email.toLowerCase().trim() } },
      req,
    })
    if (user && !isLocked(user.lockUntil)) return args
    await hash(
      password as string,
      randomBytes(32).toString('hex'),
      HASH_ITERATIONS,
      HASH_BYTES,
      'sha256',
    )
    throw new AuthenticationError(req.t)
  }

/**
 * The attempt that locks an account (Payload re-checks the lock after counting it) answers
 * "email or password incorrect" too, as every later attempt does through the hook above.
 */
export const lockedAnswersLikeWrongPassword: AfterErrorHook = ({ error, req }) =>
  error instanceof LockedAuth
    ? { status: 401, response: { errors: [{ message: new AuthenticationError(req.t).message }] } }
    : undefined
