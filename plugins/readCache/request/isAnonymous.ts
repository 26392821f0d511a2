/**
 * No credentials: no `Authorization` header (a JWT or an API key) and no Payload auth cookie
 * (`<cookiePrefix>-token`). Only such requests are answered from the cache; everyone else's
 * answer depends on who they are.
 */
export const isAnonymous = (request: Request, cookiePrefix: string): boolean => {
  if (request.headers.has('authorization')) return false
  const cookies = request.headers.get('cookie')
  if (!cookies) return true
  const tokenCookie = `${cookiePrefix}-token=`
  return !cookies.split(';').some((cookie) => cookie.trimStart().startsWith(tokenCookie))
}
