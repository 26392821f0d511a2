import { createServer, type ServerResponse } from 'node:http'

import { sqliteReads } from './sqliteReads'

/**
 * `tsx bench/raw/rawServer.ts <port> <sqlite url>`: a bare node:http server answering the portal's
 * reads with hand-written SQL, no framework, no validation beyond what routing needs.
 */
const [port, url] = process.argv.slice(2)
if (!port || !url) throw new Error('Usage: tsx bench/raw/rawServer.ts <port> <file:…db>')
const reads = sqliteReads(url)

const send = (response: ServerResponse, body: unknown) => {
  const json = JSON.stringify(body ?? { errors: [{ message: 'Not found' }] })
  response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
  response.end(json)
}

const routes: [
  RegExp,
  (match: RegExpMatchArray, query: URLSearchParams, method: string) => Promise<unknown>,
][] = [
  [
    /^\/api\/articles\/latest$/,
    (_, query) =>
      reads.latest(
        query.get('category') ?? '',
        Number(query.get('page') ?? 1),
        Number(query.get('limit') ?? 10),
      ),
  ],
  [
    /^\/api\/articles\/by-slug\/([^/]+)$/,
    (match, query) =>
      reads.bySlug(decodeURIComponent(match[1] ?? ''), Number(query.get('related') ?? 5)),
  ],
  [
    /^\/api\/articles\/by-day\/([^/]+)$/,
    (match, query) =>
      reads.byDay(match[1] ?? '', Number(query.get('page') ?? 1), Number(query.get('limit') ?? 50)),
  ],
  [
    /^\/api\/articles\/search$/,
    (_, query) =>
      reads.search(
        query.get('q') ?? '',
        Number(query.get('page') ?? 1),
        Number(query.get('limit') ?? 10),
      ),
  ],
  [
    /^\/api\/articles\/([^/]+)\/view$/,
    (match, _, method) =>
      method === 'POST' ? reads.countView(match[1] ?? '') : Promise.resolve(null),
  ],
]

createServer(async (request, response) => {
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://raw')
  for (const [pattern, handle] of routes) {
    const match = pathname.match(pattern)
    if (match) return send(response, await handle(match, searchParams, request.method ?? 'GET'))
  }
  send(response, null)
}).listen(Number(port), '127.0.0.1', () => process.stdout.write(`raw server on ${port}\n`))
