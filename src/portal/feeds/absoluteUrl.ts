import { serverURL } from '@/lib/serverURL'

import { browserAddress } from '../api/apiAddress'

/**
 * A portal path ("/tin/…") as a full address on `origin`: the shown site's address
 * (portalOrigin), SERVER_URL by default.
 */
export const absoluteUrl = (path: string, origin: string = serverURL()): string =>
  new URL(path, `${origin}/`).href

/** A media file's API path as a full address: on this app, or on the API's own address. */
export const absoluteMediaUrl = (url: string, origin?: string): string =>
  absoluteUrl(browserAddress(url) ?? url, origin)
