import { onPortalHost } from '@/portal/api/portalHost'
import { portalOrigin } from '@/portal/api/portalOrigin'
import { isNotFound } from '@/portal/api/portalQuery'
import { articleFeed } from '@/portal/feeds/articleFeed'
import { getCategoryFeed } from '@/portal/queries/feeds'

/** GET /chuyen-muc/<slug>/rss.xml: a category's (and its sub-categories') newest articles. */
export const GET = onPortalHost(
  async (_request: Request, { slug }: { host: string; slug: string }): Promise<Response> => {
    const feed = await getCategoryFeed(slug).catch((error: unknown) => {
      if (isNotFound(error)) return null
      throw error
    })
    if (!feed) {
      return new Response('Không có chuyên mục này (no such category).', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    }
    return articleFeed({
      ...feed,
      selfPath: `/chuyen-muc/${slug}/rss.xml`,
      origin: await portalOrigin(),
    })
  },
)
