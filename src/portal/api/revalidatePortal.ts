import { revalidateTag } from 'next/cache'

import type { WebhookEvent } from '@plugins/webhooks'

import { cacheTags } from './cacheTags'

/** The portal's cache tags that show what an event changed. */
export const tagsOf = (event: WebhookEvent): string[] => {
  const slug = event.slug ?? undefined
  const own = (tag: (slug: string) => string) => (slug ? [tag(slug)] : [])
  switch (event.collection ?? event.global) {
    case 'articles':
      return [cacheTags.articles, ...own(cacheTags.article)]
    case 'categories':
      // Category names are printed in every article list.
      return [cacheTags.categories, cacheTags.articles, ...own(cacheTags.category)]
    case 'meetings':
      return [cacheTags.reference, ...own(cacheTags.meeting)]
    case 'officials':
      return [cacheTags.reference, ...own(cacheTags.official)]
    case 'units':
      return [cacheTags.reference, ...own(cacheTags.unit)]
    case 'media':
      // A picture or its caption may be on any page, the site's logo included.
      return [cacheTags.articles, cacheTags.reference, cacheTags.siteSettings]
    case 'sites':
      // Its name, logo and footer are on every page; its hosts say which site a host shows.
      return [cacheTags.sites]
    case 'site-settings':
      return [cacheTags.siteSettings]
    default:
      return []
  }
}

/** Outside a Next request (scripts, tests, the jobs cron) Next has no cache to clear here. */
const isOutsideRequest = (error: unknown) =>
  error instanceof Error && error.message.startsWith('Invariant: static generation store missing')

/**
 * Expires at once (`expire: 0`: the next reader waits for fresh data rather than seeing the old)
 * the portal's cached queries that show what the event changed. A no-op outside a Next request.
 */
export const revalidatePortal = (event: WebhookEvent): void => {
  try {
    for (const tag of tagsOf(event)) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (!isOutsideRequest(error)) throw error
  }
}
