import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startDevServer, type RunningServer } from '../helpers/server'

let server: RunningServer

beforeAll(async () => {
  server = await startDevServer()
})

afterAll(async () => {
  await server?.stop()
})

describe('the app started with the README command', () => {
  it('should serve the admin in Vietnamese at /admin', async () => {
    const response = await fetch(`${server.url}/admin`, {
      headers: { 'Accept-Language': 'en-US,en;q=0.9' },
    })
    expect(response.status, server.output()).toBe(200)
    // The browser asked for English; the admin still opens in Vietnamese.
    expect(await response.text()).toContain('<html data-theme="light" dir="LTR" lang="vi"')
    expect(response.headers.get('set-cookie')).toContain('payload-lng=vi')
  })

  it("should answer an anonymous GraphQL client on localhost with the provincial portal's articles", async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles(limit: 20) { totalDocs docs { title views } } }' }),
    })
    expect(response.status).toBe(200)
    const { data } = await response.json()
    // localhost is a host of the province (src/seed/sampleSites.ts): its sample, its copy of a
    // city article and the English version of its sample; the city's four are on its own host.
    expect(data.Articles.totalDocs).toBe(3)
    expect(data.Articles.docs).toContainEqual({
      title: 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
      views: 8093,
    })
  })

  it('should serve REST under /api', async () => {
    const response = await fetch(`${server.url}/api/officials?where[slug][equals]=duong-huu-buong`)
    const { docs } = await response.json()
    expect(docs[0].fullName).toBe('Dương Hữu Bường')
  })
})
