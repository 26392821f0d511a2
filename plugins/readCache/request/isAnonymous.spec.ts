import { describe, expect, it } from 'vitest'

import { isAnonymous } from './isAnonymous'

const request = (headers: Record<string, string>) =>
  new Request('http://localhost/api/articles', { headers })

describe('isAnonymous', () => {
  it('should take a request without credentials as anonymous, other cookies included', () => {
    expect(isAnonymous(request({}), 'payload')).toBe(true)
    expect(isAnonymous(request({ cookie: 'payload-lng=vi; theme=dark' }), 'payload')).toBe(true)
  })

  it('should not take a request with an Authorization header as anonymous', () => {
    expect(isAnonymous(request({ authorization: 'JWT abc' }), 'payload')).toBe(false)
    expect(isAnonymous(request({ authorization: 'users API-Key abc' }), 'payload')).toBe(false)
  })

  it('should not take a request with the auth cookie of the configured prefix as anonymous', () => {
    expect(isAnonymous(request({ cookie: 'payload-lng=vi; payload-token=abc' }), 'payload')).toBe(
      false,
    )
    expect(isAnonymous(request({ cookie: 'toasoan-token=abc' }), 'toasoan')).toBe(false)
    expect(isAnonymous(request({ cookie: 'payload-token=abc' }), 'toasoan')).toBe(true)
  })
})
