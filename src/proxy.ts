import { NextResponse, type NextRequest } from 'next/server'

import { portalPathFor } from '@/portal/api/hostKey'
import { hostKeyOfHost } from '@/portal/api/hostKeyOfHost'
import { pageParameter } from '@/portal/i18n/localePaths'
import { requestedHost } from '@/sites/requestedHost'

import { refuseOversizedBody } from './lib/bodySizeLimit'

/** Payload's cookie for the admin language (`${cookiePrefix}-lng`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Vietnamese unless the user chose English in their account. Without a cookie
 * Payload follows the browser's Accept-Language, which would greet most editors' machines in
 * English, so the first visit gets Vietnamese set explicitly.
 */
const adminLanguage = (request: NextRequest) => {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax' })
  return response
}

/** The category pages and the query parameter of their page number, per language. */
const paginatedPages = [
  { path: /^\/chuyen-muc\/[^/]+$/, parameter: pageParameter.vi },
  { path: /^\/en\/category\/[^/]+$/, parameter: pageParameter.en },
]

/**
 * A category's further pages (`?trang=2`, `/en/…?page=2`) as a path of their own
 * (`…/trang/2`), so that they are cached like its first: a page that reads the query string is
 * rendered anew for every reader.
 */
const paginatedPath = (url: URL): string => {
  const rule = paginatedPages.find(({ path }) => path.test(url.pathname))
  const page = rule && url.searchParams.get(rule.parameter)
  if (!rule || !page || !/^\d{1,6}$/.test(page)) return url.pathname
  return Number(page) > 1 ? `${url.pathname}/${rule.parameter}/${Number(page)}` : url.pathname
}

/**
 * Every portal page is rendered at `/portal/<host key>/…` (src/portal/api/hostKey.ts): the
 * reader's host when a site names it, one fallback key for any other host. Next then caches each
 * host's pages apart, and the pages read their site from the path, not from the request.
 */
const portalOfHost = async (request: NextRequest) => {
  let key: string
  try {
    key = await hostKeyOfHost(requestedHost(request.headers))
  } catch {
    return new NextResponse('Cổng thông tin tạm thời không trả lời (the portal is unavailable).', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' },
    })
  }
  const target = request.nextUrl.clone()
  target.pathname = portalPathFor(key, paginatedPath(request.nextUrl))
  return NextResponse.rewrite(target)
}

const MALFORMED_PATH = 'Đường dẫn không hợp lệ (the path’s %-escapes are not UTF-8).'

/** Whether the path's %-escapes are no UTF-8 (`/tin/%FF`): Next's dynamic routes answer a 500. */
const isMalformedPath = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

const refuseMalformedPath = (pathname: string) =>
  pathname.startsWith('/api/')
    ? NextResponse.json({ errors: [{ message: MALFORMED_PATH }] }, { status: 400 })
    : new NextResponse(MALFORMED_PATH, {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })

/**
 * A path that is no UTF-8 is a 400; API bodies over the limit are refused before Payload reads,
 * let alone parses, them; the admin gets its language; every other path is the portal of the
 * reader's host.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isMalformedPath(pathname)) return refuseMalformedPath(pathname)
  if (pathname.startsWith('/api/')) return refuseOversizedBody(request) ?? NextResponse.next()
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return adminLanguage(request)
  return portalOfHost(request)
}

export const config = {
  matcher: [
    // Uploads skip the proxy: Next would hold their bodies in memory for it.
    {
      source: '/api/:path*',
      missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
    // Everything else but Next's own files: the admin, and every portal page under any name.
    '/((?!api/|api$|_next/|__nextjs|favicon\\.ico$).*)',
  ],
}
