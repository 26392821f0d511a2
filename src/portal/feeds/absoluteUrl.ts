import { serverURL } from '@/lib/serverURL'

import { browserAddress } from '../api/apiAddress'

/** A portal path ("/tin/…") as a full address on the portal's public address. */
export const absoluteUrl = (path: string): string => new URL(path, `${serverURL()}/`).href

/** A media file's API path as a full address: on this app, or on the API's own address. */
export const absoluteMediaUrl = (url: string): string => absoluteUrl(browserAddress(url) ?? url)
