import { onPortalHost } from '@/portal/api/portalHost'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { articleFeed } from '@/portal/feeds/articleFeed'
import { getSiteFeed } from '@/portal/queries/feeds'

// Per request, never prerendered at build time, when the API it reads may not be running. Its
// fetches name their own cache, so Next's data cache and tags still apply.
export const dynamic = 'force-dynamic'

/** GET /rss.xml: the site's newest published articles. */
export const GET = onPortalHost(async (): Promise<Response> => {
  const { siteName, articles } = await getSiteFeed()
  return articleFeed({ articles, selfPath: '/rss.xml', siteName, origin: await portalOrigin() })
})
