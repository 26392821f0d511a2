import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a "Xem trước" link works after the admin made it. */
export const PREVIEW_TOKEN_MINUTES = 20

export type PreviewClaims = {
  /** The article to preview. */
  articleId: string
  /** The staff member it was made for: the draft is read with their own login. */
  userId: string
  /** Milliseconds since the epoch. */
  expiresAt: number
}

/** A purpose prefix, so that no other HMAC made with the same secret is ever a preview token. */
const PURPOSE = 'toasoan-preview-v1'

const signature = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`${PURPOSE}.${body}`).digest('base64url')

/** `<claims as base64url JSON>.<HMAC-SHA256>`, signed with the app's secret. */
export const signPreviewToken = ({
  secret,
  articleId,
  userId,
  now = Date.now(),
  minutes = PREVIEW_TOKEN_MINUTES,
}: {
  secret: string
  articleId: string
  userId: string
  now?: number
  minutes?: number
}): string => {
  const claims: PreviewClaims = { articleId, userId, expiresAt: now + minutes * 60_000 }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${signature(secret, body)}`
}

/** The token's claims when its signature is ours and it has not expired; otherwise null. */
export const verifyPreviewToken = ({
  secret,
  token,
  now = Date.now(),
}: {
  secret: string
  token: string
  now?: number
}): PreviewClaims | null => {
  const [body, given, ...rest] = token.split('.')
  if (!body || !given || rest.length) return null
  const expected = Buffer.from(signature(secret, body))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewClaims
    const isWellFormed =
      typeof claims.articleId === 'string' &&
      typeof claims.userId === 'string' &&
      Number.isFinite(claims.expiresAt)
    return isWellFormed && claims.expiresAt > now ? claims : null
  } catch {
    return null
  }
}
