import { describe, expect, it } from 'vitest'

import { MAX_JSON_BODY_BYTES, refuseOversizedBody } from './bodySizeLimit'

const request = (headers: Record<string, string>, method = 'POST') =>
  new Request('http://localhost/api/graphql', { method, headers })

describe('refuseOversizedBody', () => {
  it('should refuse a body declared over the limit with a 413, and a chunked one with a 411', () => {
    expect(
      refuseOversizedBody(request({ 'content-length': String(MAX_JSON_BODY_BYTES + 1) }))?.status,
    ).toBe(413)
    expect(refuseOversizedBody(request({ 'content-length': 'lots' }))?.status).toBe(413)
    expect(refuseOversizedBody(request({ 'transfer-encoding': 'chunked' }))?.status).toBe(411)
  })

  it('should let bodies within the limit, uploads and reads through', () => {
    expect(
      refuseOversizedBody(request({ 'content-length': String(MAX_JSON_BODY_BYTES) })),
    ).toBeUndefined()
    expect(
      refuseOversizedBody(
        request({
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(50 * MAX_JSON_BODY_BYTES),
        }),
      ),
    ).toBeUndefined()
    expect(refuseOversizedBody(request({}, 'GET'))).toBeUndefined()
  })
})
