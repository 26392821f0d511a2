/** The site's name as printed: the site settings' name, or a generic one until an admin sets it. */
export const siteNameOf = (name: string | null | undefined): string =>
  name || 'Cổng thông tin điện tử'
