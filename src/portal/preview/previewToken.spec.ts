import { describe, expect, it } from 'vitest'

import { signPreviewToken, verifyPreviewToken } from './previewToken'

const secret = 'test-secret'
const now = Date.UTC(2026, 0, 1)

describe('preview tokens', () => {
  it('should give back the claims of a token it signed, before it expires', () => {
    const token = signPreviewToken({ secret, articleId: 'a1', userId: 'u1', now, minutes: 20 })
    expect(verifyPreviewToken({ secret, token, now: now + 19 * 60_000 })).toEqual({
      articleId: 'a1',
      userId: 'u1',
      expiresAt: now + 20 * 60_000,
    })
  })

  it('should refuse an expired token', () => {
    const token = signPreviewToken({ secret, articleId: 'a1', userId: 'u1', now, minutes: 20 })
    expect(verifyPreviewToken({ secret, token, now: now + 20 * 60_000 })).toBeNull()
  })

  it('should refuse a token signed with another secret', () => {
    const token = signPreviewToken({ secret: 'other', articleId: 'a1', userId: 'u1', now })
    expect(verifyPreviewToken({ secret, token, now })).toBeNull()
  })

  it('should refuse claims changed after signing', () => {
    const token = signPreviewToken({ secret, articleId: 'a1', userId: 'u1', now })
    const [, signature] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ articleId: 'a2', userId: 'u1', expiresAt: now + 60_000 }),
    ).toString('base64url')
    expect(verifyPreviewToken({ secret, token: `${forged}.${signature}`, now })).toBeNull()
  })

  it('should refuse garbage', () => {
    expect(verifyPreviewToken({ secret, token: 'not-a-token', now })).toBeNull()
    expect(verifyPreviewToken({ secret, token: 'a.b.c', now })).toBeNull()
  })
})
