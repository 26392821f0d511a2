import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { POST as GRAPHQL } from '@/app/(payload)/api/graphql/route'

export type ApiServer = { url: string; close: () => Promise<void> }

/**
 * The app's own `/api/graphql` route (read cache included) behind a real HTTP server on
 * 127.0.0.1 and a free port: the API the portal's data layer calls when `PORTAL_API_URL` points
 * at it.
 */
export const startApiServer = async (): Promise<ApiServer> => {
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    if (request.method !== 'POST' || request.url?.split('?')[0] !== '/api/graphql') {
      response.writeHead(404).end()
      return
    }
    const answer = await GRAPHQL(
      new Request(`http://127.0.0.1${request.url}`, {
        method: 'POST',
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      }),
    )
    response.writeHead(answer.status, Object.fromEntries(answer.headers))
    response.end(Buffer.from(await answer.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
