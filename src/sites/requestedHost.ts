/** A host as the sites collection stores it: lower case, no port, no trailing dot. */
export const normalizeHost = (host: string): string =>
  host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')

/** Whether a proxy in front of the app says which host was asked for (`TRUST_PROXY_HOST=true`). */
const trustsProxyHost = () => process.env.TRUST_PROXY_HOST === 'true'

/** The host the reader asked for: the proxy's X-Forwarded-Host when trusted, else Host. */
export const requestedHost = (headers: Headers): string | undefined => {
  const forwarded = trustsProxyHost()
    ? headers.get('x-forwarded-host')?.split(',')[0]?.trim()
    : undefined
  const host = forwarded || headers.get('host')
  return host ? normalizeHost(host) : undefined
}
