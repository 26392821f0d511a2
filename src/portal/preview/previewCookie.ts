/** The cookie that carries a verified preview token from /xem-truoc to the draft's page. */
export const PREVIEW_COOKIE = 'toasoan-preview'

/**
 * Payload's login cookie (`<cookiePrefix>-token`, prefix `payload` by default): the draft is read
 * with the staff member's own login, so the API decides what they may see.
 */
export const STAFF_LOGIN_COOKIE = 'payload-token'
