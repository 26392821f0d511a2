/** The site's address when nothing is configured: where `npm run dev` listens. */
const localDefault = () => `http://localhost:${process.env.PORT || 3000}`

const originOf = (name: string, value: string): string => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `${name} must be an absolute address such as https://toasoan.example.vn (got "${value}").`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must start with https:// or http:// (got "${value}").`)
  }
  return url.origin
}

/**
 * The site's public address, from one setting: `SERVER_URL` (read when the server starts), or
 * the older `NEXT_PUBLIC_SERVER_URL`, or `http://localhost:$PORT`. Payload's `serverURL`, the
 * CSRF and CORS lists and every link the server sends come from it, never from a request's
 * `Host` or `X-Forwarded-Host`.
 */
export const serverURL = (): string => {
  const configured = process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL
  return configured ? originOf('SERVER_URL', configured) : localDefault()
}

/**
 * The origins whose pages may use a logged-in browser's cookie and read the API from a script:
 * the site itself and any front end named in `ALLOWED_ORIGINS` (comma-separated).
 */
export const allowedOrigins = (): string[] => [
  serverURL(),
  ...(process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => originOf('ALLOWED_ORIGINS', origin)),
]

/** Production should say where it is; without it, links and the CSRF list name localhost. */
export const hasConfiguredServerURL = (): boolean =>
  Boolean(process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL)
