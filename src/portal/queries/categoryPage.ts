import { cache } from 'react'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import type { ArticleList, CategoryLink } from '../types'
import { articleListFragment } from './fragments'

export const CATEGORY_PAGE_SIZE = 10

export const categoryQuery = /* GraphQL */ `
  query Category($slug: String!, $locale: LocaleInputType) {
    Categories(where: { slug: { equals: $slug } }, limit: 1, locale: $locale) {
      docs {
        id
        name
        slug
        parent {
          id
          name
          slug
        }
      }
    }
  }
`

export const categoryArticlesQuery = /* GraphQL */ `
  ${articleListFragment}
  query CategoryArticles(
    $id: JSON!
    $slug: String!
    $page: Int
    $limit: Int
    $locale: LocaleInputType
  ) {
    Categories(where: { parent: { equals: $id } }, sort: "name", limit: 50, locale: $locale) {
      docs {
        id
        name
        slug
      }
    }
    latestArticles(category: $slug, page: $page, limit: $limit, locale: $locale) {
      docs {
        ...ArticleListItem
      }
      totalDocs
      totalPages
      page
    }
  }
`

/**
 * A category, its sub-categories and one page of its (and their) latest articles; null if none.
 * In `locale`, the slug is that locale's and the articles are in that language.
 */
export const getCategoryPage = cache(
  async (slug: string, page: number, locale: SiteLanguage = 'vi') => {
    const tags = [cacheTags.category(slug), cacheTags.categories, cacheTags.articles]
    const { Categories } = await portalQuery<{
      Categories: { docs: (CategoryLink & { parent: CategoryLink | null })[] }
    }>({ query: categoryQuery, variables: { slug, locale }, tags })
    const category = Categories.docs[0]
    if (!category) return null
    const result = await portalQuery<{
      Categories: { docs: CategoryLink[] }
      latestArticles: ArticleList
    }>({
      query: categoryArticlesQuery,
      variables: { id: category.id, slug, page, limit: CATEGORY_PAGE_SIZE, locale },
      tags,
    })
    return { category, subcategories: result.Categories.docs, articles: result.latestArticles }
  },
)
