import { NextResponse, type NextRequest } from 'next/server'

/** Payload's cookie for the admin language (`${cookiePrefix}-lng`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Vietnamese unless the user chose English in their account. Without a cookie
 * Payload follows the browser's Accept-Language, which would greet most editors' machines in
 * English, so the first visit gets Vietnamese set explicitly.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax' })
  return response
}

export const config = {
  matcher: '/admin/:path*',
}
