import type { SiteLanguage } from '@/sites/siteLanguages'

import { articleListFragment } from './fragments'
import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'
import { articlesInLanguageWhere } from '../i18n/localePaths'
import type { ArticleList, ArticleListItem, CategoryLink } from '../types'

const topCategoriesQuery = /* GraphQL */ `
  ${articleListFragment}
  query HomePage($locale: LocaleInputType, $language: Article_where) {
    Categories(where: { parent: { exists: false } }, sort: "name", limit: 12, locale: $locale) {
      docs {
        id
        name
        slug
      }
    }
    latest: Articles(sort: "-publishedAt", limit: 5, where: $language, locale: $locale) {
      docs {
        ...ArticleListItem
      }
    }
    mostRead: Articles(sort: "-views", limit: 5, where: $language, locale: $locale) {
      docs {
        ...ArticleListItem
      }
    }
  }
`

/** One `latestArticles` per top category, in one document (aliases `c0`, `c1`…). */
const categoriesLatestQuery = (count: number) => /* GraphQL */ `
  ${articleListFragment}
  query HomeCategories(${Array.from({ length: count }, (_, i) => `$c${i}: String!`).join(', ')}, $locale: LocaleInputType) {
    ${Array.from(
      { length: count },
      (_, i) =>
        `c${i}: latestArticles(category: $c${i}, limit: 5, locale: $locale) { docs { ...ArticleListItem } }`,
    ).join('\n')}
  }
`

/** The home page in `locale`: the newest news, the most read, and the latest of each top category. */
export const getHomePage = async (locale: SiteLanguage = 'vi') => {
  const home = await portalQuery<{
    Categories: { docs: CategoryLink[] }
    latest: { docs: ArticleListItem[] }
    mostRead: { docs: ArticleListItem[] }
  }>({
    query: topCategoriesQuery,
    variables: { locale, language: articlesInLanguageWhere(locale) },
    tags: [cacheTags.articles, cacheTags.categories],
  })
  const categories = home.Categories.docs.filter((category) => category.slug)
  const perCategory = categories.length
    ? await portalQuery<Record<string, Pick<ArticleList, 'docs'>>>({
        query: categoriesLatestQuery(categories.length),
        variables: {
          ...Object.fromEntries(categories.map((category, i) => [`c${i}`, category.slug])),
          locale,
        },
        tags: [cacheTags.articles, cacheTags.categories],
      })
    : {}
  return {
    latest: home.latest.docs,
    mostRead: home.mostRead.docs,
    sections: categories.map((category, i) => ({ category, articles: perCategory[`c${i}`].docs })),
  }
}
