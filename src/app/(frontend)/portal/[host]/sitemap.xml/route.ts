import { onPortalHost } from '@/portal/api/portalHost'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { absoluteUrl } from '@/portal/feeds/absoluteUrl'
import { sitemapIndex } from '@/portal/feeds/sitemaps'
import { xmlResponse } from '@/portal/feeds/xmlResponse'
import { getSitemapTotals } from '@/portal/queries/sitemaps'

// Per request, never prerendered at build time, when the API it reads may not be running. Its
// fetches name their own cache, so Next's data cache and tags still apply.
export const dynamic = 'force-dynamic'

/**
 * GET /sitemap.xml: the index of the portal's sitemaps, one file per 1,000 articles, categories,
 * meetings, officials or units (`/sitemaps/articles-1.xml`…), and the news sitemap.
 */
export const GET = onPortalHost(async (): Promise<Response> => {
  const origin = await portalOrigin()
  const totals = await getSitemapTotals()
  const files = totals.flatMap(({ kind, files: count, lastmod }) =>
    Array.from({ length: count }, (_, i) => ({
      loc: absoluteUrl(`/sitemaps/${kind}-${i + 1}.xml`, origin),
      lastmod,
    })),
  )
  const newest = totals.find((total) => total.kind === 'articles')?.lastmod
  return xmlResponse(
    sitemapIndex([...files, { loc: absoluteUrl('/news-sitemap.xml', origin), lastmod: newest }]),
    { contentType: 'application/xml', maxAgeSeconds: 3600 },
  )
})
