import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FALLBACK_HOST_KEY } from './hostKey'
import { hostKeyOfHost } from './hostKeyOfHost'

/** An API on a real port answering `currentSite(host)` as the app does: the root site's hosts for a host no site names. */
const siteHosts: Record<string, string[]> = {
  'thanhpho.backan.gov.vn': ['ThanhPho.BacKan.gov.vn'],
  'backan.gov.vn': ['backan.gov.vn'],
}
const asked: string[] = []
let isDown = false
let server: Server

beforeAll(async () => {
  server = createServer(async (request, response) => {
    let body = ''
    for await (const chunk of request) body += chunk
    const { host } = JSON.parse(body).variables as { host: string }
    asked.push(host)
    if (isDown) {
      response.writeHead(502).end('Bad gateway')
      return
    }
    const hosts = siteHosts[host] ?? siteHosts['backan.gov.vn']
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(
      JSON.stringify({ data: { currentSite: { hosts: hosts.map((h) => ({ host: h })) } } }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.PORTAL_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  delete process.env.PORTAL_API_URL
  await new Promise((resolve) => server.close(resolve))
})

describe('hostKeyOfHost', () => {
  it('should key a host a site names by itself, whatever case the site wrote it in', async () => {
    expect(await hostKeyOfHost('thanhpho.backan.gov.vn')).toBe('thanhpho.backan.gov.vn')
    expect(await hostKeyOfHost('backan.gov.vn')).toBe('backan.gov.vn')
  })

  it('should give every host no site names the one fallback key, without asking for none', async () => {
    expect(await hostKeyOfHost('evil.example')).toBe(FALLBACK_HOST_KEY)
    expect(await hostKeyOfHost('other.example')).toBe(FALLBACK_HOST_KEY)
    const before = asked.length
    expect(await hostKeyOfHost(undefined)).toBe(FALLBACK_HOST_KEY)
    expect(await hostKeyOfHost(FALLBACK_HOST_KEY)).toBe(FALLBACK_HOST_KEY)
    expect(asked.length).toBe(before)
  })

  it('should ask the API once per host while its answer is fresh', async () => {
    const before = asked.filter((host) => host === 'thanhpho.backan.gov.vn').length
    await Promise.all([1, 2, 3].map(() => hostKeyOfHost('thanhpho.backan.gov.vn')))
    expect(asked.filter((host) => host === 'thanhpho.backan.gov.vn').length).toBe(before)
  })

  it('should fail for a host it never had an answer for while the API is down', async () => {
    isDown = true
    await expect(hostKeyOfHost('new.example')).rejects.toThrow()
    isDown = false
    expect(await hostKeyOfHost('new.example')).toBe(FALLBACK_HOST_KEY)
  })
})
