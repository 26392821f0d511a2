import { request as httpRequest } from 'node:http'

export type RawAnswer = { status: number; text: string; headers: Headers }

/** The bytes and content type a body goes out with (FormData and strings as fetch sends them). */
const encoded = async (body: BodyInit | undefined, method: string) => {
  if (body === undefined) return { bytes: undefined, type: null }
  const prepared = new Request('http://localhost/', { method, body })
  return {
    bytes: Buffer.from(await prepared.arrayBuffer()),
    type: prepared.headers.get('content-type'),
  }
}

/**
 * One request over real HTTP with a Host header of our choosing, which fetch would replace by
 * the address's: how a portal's host reaches the server behind its proxy. A stream body goes
 * out chunked, with no length.
 */
export const requestOnHost = async (
  url: string,
  {
    method = 'GET',
    headers = {},
    host,
    body,
  }: { method?: string; headers?: Record<string, string>; host?: string; body?: BodyInit },
): Promise<RawAnswer> => {
  const target = new URL(url)
  const stream = body instanceof ReadableStream ? body : undefined
  const { bytes, type } = await encoded(stream ? undefined : body, method)
  const outgoingHeaders: Record<string, string> = {
    ...(type ? { 'Content-Type': type } : {}),
    ...(bytes ? { 'Content-Length': String(bytes.length) } : {}),
    ...headers,
    Host: host ?? target.host,
  }
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        headers: outgoingHeaders,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const answerHeaders = new Headers()
          for (const [name, value] of Object.entries(response.headers)) {
            for (const one of [value ?? []].flat()) answerHeaders.append(name, one)
          }
          resolve({
            status: response.statusCode ?? 0,
            // As Response.text() reads it: a leading byte-order mark dropped.
            text: new TextDecoder().decode(Buffer.concat(chunks)),
            headers: answerHeaders,
          })
        })
        response.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    if (!stream) {
      outgoing.end(bytes)
      return
    }
    const reader = stream.getReader()
    const pump = async (): Promise<void> => {
      const { done, value } = await reader.read()
      if (done) return void outgoing.end()
      outgoing.write(value)
      return pump()
    }
    pump().catch(reject)
  })
}
