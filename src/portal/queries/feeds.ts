import type { Article, Category, Media } from '@/payload-types'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'

/** The most a feed holds: one page of the API's anonymous limit. */
export const FEED_SIZE = 50

export type FeedArticle = Pick<
  Article,
  'id' | 'title' | 'slug' | 'lead' | 'publishedAt' | 'bylineText'
> & {
  category: Pick<Category, 'name' | 'slug'> | null
  featuredImage: Pick<Media, 'url' | 'mimeType' | 'filesize'> | null
}

const feedFields = /* GraphQL */ `
  fragment FeedArticle on Article {
    id
    title
    slug
    lead
    publishedAt
    bylineText
    category {
      name
      slug
    }
    featuredImage {
      url
      mimeType
      filesize
    }
  }
`

const siteFeedQuery = /* GraphQL */ `
  ${feedFields}
  query SiteFeed($limit: Int!) {
    currentSite {
      name
    }
    Articles(sort: "-publishedAt", limit: $limit) {
      docs {
        ...FeedArticle
      }
    }
  }
`

const categoryFeedQuery = /* GraphQL */ `
  ${feedFields}
  query CategoryFeed($slug: String!, $limit: Int!) {
    currentSite {
      name
    }
    Categories(where: { slug: { equals: $slug } }, limit: 1) {
      docs {
        name
        slug
      }
    }
    latestArticles(category: $slug, limit: $limit) {
      docs {
        ...FeedArticle
      }
    }
  }
`

type SiteName = { currentSite: { name?: string | null } | null }

/** The site's newest published articles, for its RSS feed. */
export const getSiteFeed = async () => {
  const data = await portalQuery<SiteName & { Articles: { docs: FeedArticle[] } }>({
    query: siteFeedQuery,
    variables: { limit: FEED_SIZE },
    tags: [cacheTags.articles, cacheTags.sites],
  })
  return { siteName: data.currentSite?.name ?? null, articles: data.Articles.docs }
}

/** A category's (and its sub-categories') newest published articles; null: no such category. */
export const getCategoryFeed = async (slug: string) => {
  const data = await portalQuery<
    SiteName & {
      Categories: { docs: Pick<Category, 'name' | 'slug'>[] }
      latestArticles: { docs: FeedArticle[] }
    }
  >({
    query: categoryFeedQuery,
    variables: { slug, limit: FEED_SIZE },
    tags: [cacheTags.articles, cacheTags.category(slug), cacheTags.categories, cacheTags.sites],
  })
  const category = data.Categories.docs[0]
  if (!category) return null
  return {
    siteName: data.currentSite?.name ?? null,
    category,
    articles: data.latestArticles.docs,
  }
}
