/**
 * The largest request body the API reads that is not a multipart upload: JSON for REST and
 * GraphQL, an import's legacy text. A long article's Lexical body is tens of kilobytes.
 * Uploads (multipart/form-data) keep Payload's own limit (`upload.limits.fileSize`).
 */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024

const refusal = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const hasBody = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())

/**
 * A 413 for a body declared larger than the limit, a 411 for one sent without its length
 * (chunked), before anything reads it; undefined when the request may go on.
 */
export const refuseOversizedBody = (request: Request): Response | undefined => {
  if (!hasBody(request.method)) return undefined
  if (request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data'))
    return undefined
  const length = request.headers.get('content-length')
  if (length === null) {
    return request.headers.get('transfer-encoding')
      ? refusal(411, 'Cần Content-Length (send the body with a Content-Length header).')
      : undefined
  }
  if (!/^\d+$/.test(length) || Number(length) > MAX_JSON_BODY_BYTES) {
    return refusal(
      413,
      `Nội dung quá lớn, tối đa ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB (request bodies are limited to ${MAX_JSON_BODY_BYTES} bytes; uploads use multipart/form-data).`,
    )
  }
  return undefined
}
