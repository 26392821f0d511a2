/**
 * The internal path segment the proxy (src/proxy.ts) puts before every portal path, followed by
 * the host key: `/tin/<slug>` is rendered and cached as `/portal/<host key>/tin/<slug>`, so that
 * each host's pages are cached apart. Readers never see it; a request naming it itself is
 * prefixed again, and finds nothing.
 */
export const PORTAL_SEGMENT = 'portal'

/**
 * The host key of every host no site names: the root site, its links on SERVER_URL. A forged
 * Host header gets this key, never one of its own.
 */
export const FALLBACK_HOST_KEY = '_'

/** The internal path a portal path is rendered at for a host key. */
export const portalPathFor = (key: string, pathname: string): string =>
  `/${PORTAL_SEGMENT}/${encodeURIComponent(key)}${pathname === '/' ? '' : pathname}`
