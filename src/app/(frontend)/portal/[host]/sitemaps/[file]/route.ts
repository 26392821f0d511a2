import { onPortalHost } from '@/portal/api/portalHost'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { paths } from '@/portal/components/paths'
import { absoluteUrl } from '@/portal/feeds/absoluteUrl'
import { urlSet } from '@/portal/feeds/sitemaps'
import { xmlResponse } from '@/portal/feeds/xmlResponse'
import { getSitemapFile, isSitemapKind, type SitemapKind } from '@/portal/queries/sitemaps'

const pathOf: Record<SitemapKind, (slug: string) => string> = {
  articles: paths.article,
  categories: (slug) => paths.category(slug),
  meetings: paths.meeting,
  officials: paths.official,
  units: paths.unit,
}

const notFound = () =>
  new Response('Không có sitemap này (no such sitemap).', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

/** GET /sitemaps/<kind>-<n>.xml: the n-th thousand of the portal's pages of that kind. */
export const GET = onPortalHost(
  async (_request: Request, { file }: { host: string; file: string }): Promise<Response> => {
    const origin = await portalOrigin()
    const match = /^([a-z]+)-([1-9]\d{0,5})\.xml$/.exec(file)
    if (!match || !isSitemapKind(match[1])) return notFound()
    const kind = match[1]
    const docs = await getSitemapFile(kind, Number(match[2]))
    if (!docs.length) return notFound()
    const urls = docs.flatMap(({ slug, updatedAt }) =>
      slug ? [{ loc: absoluteUrl(pathOf[kind](slug), origin), lastmod: updatedAt }] : [],
    )
    return xmlResponse(urlSet(urls), { contentType: 'application/xml', maxAgeSeconds: 3600 })
  },
)
