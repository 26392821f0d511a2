import { articleFeed } from '../../../portal/feeds/articleFeed'
import { getSiteFeed } from '../../../portal/queries/feeds'

/** GET /rss.xml: the site's newest published articles. */
export const GET = async (): Promise<Response> => {
  const { siteName, articles } = await getSiteFeed()
  return articleFeed({ articles, selfPath: '/rss.xml', siteName })
}
