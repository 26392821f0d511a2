import { NextResponse, type NextRequest } from 'next/server'

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

/** API bodies over the limit are refused before Payload reads, let alone parses, them. */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/'))
    return refuseOversizedBody(request) ?? NextResponse.next()
  return adminLanguage(request)
}

export const config = {
  matcher: [
    '/admin/:path*',
    // Uploads skip the proxy: Next would hold their bodies in memory for it.
    {
      source: '/api/:path*',
      missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
  ],
}
