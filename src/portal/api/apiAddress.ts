/**
 * Where the portal sends its GraphQL queries: `PORTAL_API_URL` (another deployment of the API),
 * else this app itself on the port Next listens on. Only this setting changes when the portal is
 * split into its own deployment.
 */
export const apiAddress = (): string =>
  (process.env.PORTAL_API_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

/**
 * An API path (a media file's `/api/media/file/…`, the view counter) as the reader's browser
 * reaches it: on this app as it is, on a separate API with that API's address.
 */
export const browserAddress = (url: string | null | undefined): string | undefined => {
  if (!url) return undefined
  if (/^https?:\/\//.test(url) || !process.env.PORTAL_API_URL) return url
  return `${apiAddress()}${url}`
}
