import { onPortalHost } from '@/portal/api/portalHost'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { paths } from '@/portal/components/paths'
import { absoluteUrl } from '@/portal/feeds/absoluteUrl'
import { newsUrlSet } from '@/portal/feeds/sitemaps'
import { xmlResponse } from '@/portal/feeds/xmlResponse'
import { getNewsSitemap } from '@/portal/queries/sitemaps'
import { siteNameOf } from '@/portal/siteName'

// Per request, never prerendered at build time, when the API it reads may not be running. Its
// fetches name their own cache, so Next's data cache and tags still apply.
export const dynamic = 'force-dynamic'

/** GET /news-sitemap.xml: a Google News sitemap of the articles of the last two days. */
export const GET = onPortalHost(async (): Promise<Response> => {
  const origin = await portalOrigin()
  const { siteName, articles } = await getNewsSitemap()
  const entries = articles.flatMap(({ title, slug, publishedAt }) =>
    slug && publishedAt
      ? [{ loc: absoluteUrl(paths.article(slug), origin), title, publishedAt }]
      : [],
  )
  return xmlResponse(newsUrlSet({ entries, siteName: siteNameOf(siteName) }), {
    contentType: 'application/xml',
    maxAgeSeconds: 300,
  })
})
