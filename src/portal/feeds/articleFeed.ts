import { absoluteMediaUrl, absoluteUrl } from './absoluteUrl'
import { rssFeed } from './rssFeed'
import { xmlResponse } from './xmlResponse'
import { paths } from '../components/paths'
import type { FeedArticle } from '../queries/feeds'
import { siteNameOf } from '../siteName'

const itemOf = (article: FeedArticle, origin: string) => {
  const image = article.featuredImage
  return {
    title: article.title,
    link: absoluteUrl(paths.article(article.slug ?? article.id), origin),
    description: article.lead,
    publishedAt: article.publishedAt,
    category: article.category?.name,
    byline: article.bylineText,
    image:
      image?.url && image.mimeType && image.filesize
        ? { url: absoluteMediaUrl(image.url, origin), type: image.mimeType, length: image.filesize }
        : null,
  }
}

/** An RSS 2.0 answer for the newest articles of the site or of one category. */
export const articleFeed = ({
  articles,
  category,
  selfPath,
  siteName,
  origin,
}: {
  articles: FeedArticle[]
  category?: { name: string; slug?: string | null }
  selfPath: string
  siteName: string | null
  /** The shown site's public address (portalOrigin). */
  origin: string
}): Response => {
  const site = siteNameOf(siteName)
  const body = rssFeed({
    title: category ? `${category.name} – ${site}` : site,
    link: absoluteUrl(category?.slug ? paths.category(category.slug) : paths.home, origin),
    selfLink: absoluteUrl(selfPath, origin),
    description: category
      ? `Tin mới nhất chuyên mục ${category.name} – ${site}`
      : `Tin mới nhất – ${site}`,
    items: articles.map((article) => itemOf(article, origin)),
  })
  return xmlResponse(body, { contentType: 'application/rss+xml', maxAgeSeconds: 300 })
}
