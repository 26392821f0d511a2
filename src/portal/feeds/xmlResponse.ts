/**
 * An XML answer: feeds as `application/rss+xml`, sitemaps as `application/xml`. Readers and
 * crawlers may keep it `maxAgeSeconds`, and use a stale copy for as long again while the portal
 * refreshes it; the portal's own cache of the data is emptied at once by revalidation.
 */
export const xmlResponse = (
  body: string,
  {
    contentType,
    maxAgeSeconds,
  }: { contentType: 'application/rss+xml' | 'application/xml'; maxAgeSeconds: number },
): Response =>
  new Response(body, {
    headers: {
      'Content-Type': `${contentType}; charset=utf-8`,
      'Cache-Control': `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds}`,
      'X-Content-Type-Options': 'nosniff',
    },
  })
