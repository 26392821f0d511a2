import { connection } from 'next/server'

import { articleFeed } from '../../../portal/feeds/articleFeed'
import { getSiteFeed } from '../../../portal/queries/feeds'

/** GET /rss.xml: the site's newest published articles. */
export const GET = async (): Promise<Response> => {
  // Per request, never at build time: the API it reads may not be running then.
  await connection()
  const { siteName, articles } = await getSiteFeed()
  return articleFeed({ articles, selfPath: '/rss.xml', siteName })
}
