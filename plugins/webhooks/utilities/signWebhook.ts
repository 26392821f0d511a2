import { createHmac, randomBytes } from 'node:crypto'

const secretPrefix = 'whsec_'

/** A new endpoint secret: `whsec_` and 32 random bytes in base64, as Standard Webhooks has it. */
export const generateSecret = (): string => `${secretPrefix}${randomBytes(32).toString('base64')}`

/** Whether a secret has the `whsec_<base64>` form with at least 24 bytes of key. */
export const isValidSecret = (secret: string): boolean =>
  secret.startsWith(secretPrefix) &&
  /^[A-Za-z0-9+/]+={0,2}$/.test(secret.slice(secretPrefix.length)) &&
  Buffer.from(secret.slice(secretPrefix.length), 'base64').length >= 24

/**
 * The `webhook-signature` header of the Standard Webhooks specification
 * (https://www.standardwebhooks.com): `v1,` and the base64 HMAC-SHA256, keyed by the secret's
 * bytes, of `<webhook-id>.<webhook-timestamp>.<body>`.
 */
export const signWebhook = ({
  body,
  id,
  secret,
  timestamp,
}: {
  body: string
  id: string
  secret: string
  /** Seconds since the epoch, as sent in `webhook-timestamp`. */
  timestamp: number
}): string => {
  const key = Buffer.from(secret.slice(secretPrefix.length), 'base64')
  const digest = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return `v1,${digest}`
}
