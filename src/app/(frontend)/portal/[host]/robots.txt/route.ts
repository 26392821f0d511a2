import { onPortalHost } from '@/portal/api/portalHost'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { absoluteUrl } from '@/portal/feeds/absoluteUrl'

// Per request, not prerendered by `next build`: the public address is read at run time.
export const dynamic = 'force-dynamic'

/**
 * GET /robots.txt: crawlers may read the portal, not the newsroom's admin or draft previews, and
 * find every page through the sitemap index and the news sitemap.
 */
export const GET = onPortalHost(async (): Promise<Response> => {
  const origin = await portalOrigin()
  return new Response(
    [
      'User-agent: *',
      'Disallow: /admin',
      'Disallow: /xem-truoc/',
      '',
      `Sitemap: ${absoluteUrl('/sitemap.xml', origin)}`,
      `Sitemap: ${absoluteUrl('/news-sitemap.xml', origin)}`,
      '',
    ].join('\n'),
    {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      },
    },
  )
})
