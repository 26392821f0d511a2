import { describe, expect, it } from 'vitest'

import { call, security } from './client'

describe('smaller weaknesses', () => {
  it('should let only admins run the jobs queue by hand', async () => {
    for (const as of ['anonymous', 'contributor', 'reporter', 'editor', 'editorInChief'] as const) {
      const answer = await call('/api/payload-jobs/run', { as })
      expect([as, [401, 403].includes(answer.status)]).toEqual([as, true])
      const posted = await call('/api/payload-jobs/run', { as, method: 'POST' })
      expect([as, posted.status >= 400]).toEqual([as, true])
    }
    expect((await call('/api/payload-jobs/run', { as: 'admin' })).status).toBe(200)
  })

  it('should serve media files as what they are: nosniff, and no script in them', async () => {
    const { json } = await call(
      `/api/media?where[site][equals]=${security().site.id}&limit=1&depth=0`,
      { as: 'admin' },
    )
    const file = await call(new URL(json.docs[0].url, security().url).pathname)
    expect(file.status).toBe(200)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('should send the security headers with every page and API answer, and no X-Powered-By', async () => {
    // The same rule covers /admin; its pages compile for tens of seconds on a first hit.
    for (const path of ['/api/articles?limit=1', '/api/graphql', '/api/media/file/none.png']) {
      const response = await call(path)
      const headers = Object.fromEntries(
        ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'x-powered-by'].map(
          (name) => [name, response.headers.get(name)],
        ),
      )
      expect([path, headers]).toEqual([
        path,
        {
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'strict-origin-when-cross-origin',
          'x-powered-by': null,
        },
      ])
    }
  })

  it('should keep the queued jobs from anonymous clients', async () => {
    const answer = await call('/api/payload-jobs')
    expect([401, 403].includes(answer.status) || answer.json.docs.length === 0).toBe(true)
  })

  it('should answer email verification, which accounts do not use, with a 404 and not a 500', async () => {
    for (const token of ['abc', "' OR 1=1 --"]) {
      const answer = await call(`/api/users/verify/${encodeURIComponent(token)}`, {
        method: 'POST',
      })
      expect([token, answer.status]).toEqual([token, 404])
    }
  })
})
