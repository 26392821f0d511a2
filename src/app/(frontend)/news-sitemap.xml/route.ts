import { connection } from 'next/server'

import { paths } from '../../../portal/components/paths'
import { absoluteUrl } from '../../../portal/feeds/absoluteUrl'
import { newsUrlSet } from '../../../portal/feeds/sitemaps'
import { xmlResponse } from '../../../portal/feeds/xmlResponse'
import { getNewsSitemap } from '../../../portal/queries/sitemaps'
import { siteNameOf } from '../../../portal/siteName'

/** GET /news-sitemap.xml: a Google News sitemap of the articles of the last two days. */
export const GET = async (): Promise<Response> => {
  // Per request, never at build time: the API it reads may not be running then.
  await connection()
  const { siteName, articles } = await getNewsSitemap()
  const entries = articles.flatMap(({ title, slug, publishedAt }) =>
    slug && publishedAt ? [{ loc: absoluteUrl(paths.article(slug)), title, publishedAt }] : [],
  )
  return xmlResponse(newsUrlSet({ entries, siteName: siteNameOf(siteName) }), {
    contentType: 'application/xml',
    maxAgeSeconds: 300,
  })
}
