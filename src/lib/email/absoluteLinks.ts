/**
 * Makes the site-relative links of an email absolute: Payload builds its password-reset link from
 * `serverURL`, and without one the link is "/admin/reset/…", which no mail client can open.
 */
export const absoluteLinks = (html: string, origin: string): string =>
  html
    .replace(/(href=["'])\/(?!\/)/g, `$1${origin.replace(/\/$/, '')}/`)
    .replace(/(^|[\s>])\/admin\//g, `$1${origin.replace(/\/$/, '')}/admin/`)
