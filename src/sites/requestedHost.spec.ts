import { afterEach, describe, expect, it } from 'vitest'

import { normalizeHost, requestedHost } from './requestedHost'

afterEach(() => {
  delete process.env.TRUST_PROXY_HOST
})

describe('requestedHost', () => {
  it('should read Host without its port, in lower case', () => {
    expect(requestedHost(new Headers({ host: 'ThanhPho.BacKan.gov.vn:8443' }))).toBe(
      'thanhpho.backan.gov.vn',
    )
  })

  it('should ignore X-Forwarded-Host unless the proxy is trusted', () => {
    const headers = new Headers({ host: 'backan.gov.vn', 'x-forwarded-host': 'tp.backan.gov.vn' })
    expect(requestedHost(headers)).toBe('backan.gov.vn')
    process.env.TRUST_PROXY_HOST = 'true'
    expect(requestedHost(headers)).toBe('tp.backan.gov.vn')
  })

  it("should take the first proxy's host from a list", () => {
    process.env.TRUST_PROXY_HOST = 'true'
    const headers = new Headers({ 'x-forwarded-host': 'tp.backan.gov.vn, internal:3000' })
    expect(requestedHost(headers)).toBe('tp.backan.gov.vn')
  })

  it('should drop a trailing dot', () => {
    expect(normalizeHost('backan.gov.vn.')).toBe('backan.gov.vn')
  })
})
