import { describe, expect, it } from 'vitest'

import { MAX_JSON_BODY_BYTES } from '@/lib/bodySizeLimit'

import { call, countTitled, security } from './client'

/** A JSON string of about `bytes` bytes. */
const padded = (bytes: number) => 'a'.repeat(bytes)

describe('request body size', () => {
  it('should refuse the issue’s 20 MB GraphQL body with a 413', async () => {
    const answer = await call('/api/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: `{ __typename } # ${padded(20 * 1024 * 1024)}` }),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(answer.status).toBe(413)
    expect(answer.json.errors[0].message).toContain(String(MAX_JSON_BODY_BYTES))
  })

  it('should refuse oversized REST writes for every role, and store nothing', async () => {
    // Its own title: the suite's other files write articles at the same time.
    const title = `Bài quá lớn cho cổng ${security().site.name}`
    for (const as of ['anonymous', 'contributor', 'reporter', 'editor'] as const) {
      const answer = await call('/api/articles', {
        as,
        method: 'POST',
        body: { title, lead: padded(MAX_JSON_BODY_BYTES + 1) },
      })
      expect([as, answer.status]).toEqual([as, 413])
    }
    expect(await countTitled(title)).toBe(0)
  })

  it('should refuse other content types, a lying length and a chunked body without one', async () => {
    for (const type of ['text/plain', 'application/graphql', 'application/x-www-form-urlencoded']) {
      const answer = await call('/api/graphql', {
        method: 'POST',
        body: padded(MAX_JSON_BODY_BYTES + 10),
        headers: { 'Content-Type': type },
      })
      expect([type, answer.status]).toEqual([type, 413])
    }
    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }"}'))
        controller.close()
      },
    })
    const chunked = await call('/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunks,
    })
    expect(chunked.status).toBe(411)
  })

  it('should answer a body just under the limit', async () => {
    const answer = await call('/api/articles', {
      as: 'reporter',
      method: 'POST',
      // A key Payload ignores carries the bulk (a textarea holds at most 40,000 characters).
      body: { title: 'Bài dài vừa đủ', lead: 'Sapo', padding: padded(MAX_JSON_BODY_BYTES - 1024) },
    })
    expect(answer.status).toBe(201)
  })

  it('should leave multipart uploads to their own limit', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Ảnh lớn' }))
    form.append(
      'file',
      new Blob([new Uint8Array(MAX_JSON_BODY_BYTES * 2)], { type: 'image/png' }),
      'lon.png',
    )
    const answer = await call('/api/media', { as: 'reporter', method: 'POST', body: form })
    expect(answer.status).not.toBe(413)
    expect(answer.status).toBeLessThan(500)
  })
})
