import { cache } from 'react'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { ArticleListItem, ArticlePage, DayCount } from '../types'
import { articleListFragment } from './fragments'

const articleFields = /* GraphQL */ `
  fragment ArticlePage on Article {
    ...ArticleListItem
    updatedAt
    body(depth: 1)
    byline {
      role
      displayName
    }
    category {
      id
      name
      slug
      parent {
        id
        name
        slug
      }
    }
    audio {
      ...PortalMedia
    }
    meeting {
      id
      title
      slug
    }
    officials {
      id
      fullName
      slug
    }
    units {
      id
      name
      shortName
      slug
    }
    republication {
      sourceSiteName
      sourceByline
      sourceUrl
    }
    translationOf {
      id
      slug
      language
      title
    }
    translations {
      docs {
        id
        slug
        language
        title
      }
    }
  }
`

export const articleBySlugQuery = /* GraphQL */ `
  ${articleListFragment}
  ${articleFields}
  query ArticlePage($slug: String!, $related: Int, $locale: LocaleInputType) {
    articleBySlug(slug: $slug, related: $related, locale: $locale) {
      article {
        ...ArticlePage
      }
      related {
        ...ArticleListItem
      }
    }
  }
`

/** How many articles "Tin cùng chuyên mục" lists. */
export const RELATED_COUNT = 6

/**
 * A published article and "Tin cùng chuyên mục", with the names of what it links in `locale`
 * (an English article's category in English).
 */
export const getArticlePage = cache(
  async (slug: string, locale: SiteLanguage = 'vi') =>
    (
      await portalQuery<{ articleBySlug: { article: ArticlePage; related: ArticleListItem[] } }>({
        query: articleBySlugQuery,
        variables: { slug, related: RELATED_COUNT, locale },
        // The page prints its meeting's, officials' and units' names too.
        tags: [cacheTags.article(slug), cacheTags.articles, cacheTags.reference],
      })
    ).articleBySlug,
)

const draftQuery = /* GraphQL */ `
  ${articleListFragment}
  ${articleFields}
  query ArticleDraft($id: String!) {
    Article(id: $id, draft: true) {
      ...ArticlePage
    }
    meUser {
      user {
        id
      }
    }
  }
`

/**
 * The newest version of an article, unpublished changes included, read with the staff member's
 * own credentials: the API decides what they may see, as in the admin. Never cached.
 */
export const getArticleDraft = async ({
  id,
  authorization,
}: {
  id: string
  authorization: string
}) =>
  portalQuery<{ Article: ArticlePage | null; meUser: { user: { id: string } | null } | null }>({
    query: draftQuery,
    variables: { id },
    tags: [],
    authorization,
  })

const daysQuery = /* GraphQL */ `
  query DaysWithArticles($month: String!, $locale: LocaleInputType) {
    daysWithArticles(month: $month, locale: $locale) {
      date
      count
    }
  }
`

/** The days of a month (YYYY-MM) that have news in `locale`, for "Xem tin theo ngày". */
export const getDaysWithArticles = async (month: string, locale: SiteLanguage = 'vi') =>
  (
    await portalQuery<{ daysWithArticles: DayCount[] }>({
      query: daysQuery,
      variables: { month, locale },
      tags: [cacheTags.articles],
    })
  ).daysWithArticles
