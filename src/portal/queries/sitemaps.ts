import { cacheTags } from '../api/cacheTags'
import { portalQuery } from '../api/portalQuery'

/** The API's anonymous page size: a sitemap is read as several pages of it in one query. */
const API_PAGE = 50
/** Addresses per sitemap file (sitemaps.org allows 50,000; smaller files are cheaper to rebuild). */
export const SITEMAP_SIZE = 1000

/** What each kind of sitemap lists, by the GraphQL type it reads, oldest first so pages stay put. */
export const sitemapKinds = {
  articles: { query: 'Articles', sort: 'publishedAt', tags: [cacheTags.articles] },
  categories: { query: 'Categories', sort: 'createdAt', tags: [cacheTags.categories] },
  meetings: { query: 'Meetings', sort: 'createdAt', tags: [cacheTags.reference] },
  officials: { query: 'Officials', sort: 'createdAt', tags: [cacheTags.reference] },
  units: { query: 'Units', sort: 'createdAt', tags: [cacheTags.reference] },
} as const

export type SitemapKind = keyof typeof sitemapKinds

export const isSitemapKind = (value: string): value is SitemapKind => value in sitemapKinds

type Totals = Record<SitemapKind, { totalDocs: number; docs: { updatedAt?: string | null }[] }>

const totalsQuery = /* GraphQL */ `
  query SitemapTotals {
    ${Object.entries(sitemapKinds)
      .map(
        ([kind, { query }]) =>
          `${kind}: ${query}(sort: "-updatedAt", limit: 1) { totalDocs docs { updatedAt } }`,
      )
      .join('\n    ')}
  }
`

/** How many sitemap files each kind needs, and when each kind last changed. */
export const getSitemapTotals = async () => {
  const totals = await portalQuery<Totals>({
    query: totalsQuery,
    tags: Object.values(sitemapKinds).flatMap((kind) => kind.tags),
  })
  return Object.keys(sitemapKinds).map((kind) => {
    const { totalDocs, docs } = totals[kind as SitemapKind]
    return {
      kind: kind as SitemapKind,
      files: Math.ceil(totalDocs / SITEMAP_SIZE),
      lastmod: docs[0]?.updatedAt ?? null,
    }
  })
}

export type SitemapDoc = { slug?: string | null; updatedAt?: string | null }

/** One sitemap file's records (`file` from 1): its API pages aliased in one GraphQL document. */
export const getSitemapFile = async (kind: SitemapKind, file: number): Promise<SitemapDoc[]> => {
  const { query, sort, tags } = sitemapKinds[kind]
  const pagesPerFile = SITEMAP_SIZE / API_PAGE
  const first = (file - 1) * pagesPerFile + 1
  const aliases = Array.from({ length: pagesPerFile }, (_, i) => first + i).map(
    (page) =>
      `p${page}: ${query}(sort: "${sort}", limit: ${API_PAGE}, page: ${page}) { docs { slug updatedAt } }`,
  )
  const data = await portalQuery<Record<string, { docs: SitemapDoc[] }>>({
    query: `query SitemapFile {\n  ${aliases.join('\n  ')}\n}`,
    tags: [...tags],
  })
  return Object.values(data).flatMap((page) => page.docs)
}

const newsQuery = /* GraphQL */ `
  query NewsSitemap($since: DateTime!, $page: Int!) {
    currentSite {
      name
    }
    Articles(
      where: { publishedAt: { greater_than_equal: $since } }
      sort: "-publishedAt"
      limit: 50
      page: $page
    ) {
      docs {
        title
        slug
        publishedAt
      }
      hasNextPage
    }
  }
`

/** Google News takes at most 1,000 articles per news sitemap. */
const NEWS_MAX_PAGES = 1000 / API_PAGE

export type NewsArticle = { title: string; slug?: string | null; publishedAt?: string | null }

/** The articles published in the last two days, newest first, and the site's name. */
export const getNewsSitemap = async (now = new Date()) => {
  const since = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000).toISOString()
  const articles: NewsArticle[] = []
  let siteName: string | null = null
  for (let page = 1; page <= NEWS_MAX_PAGES; page++) {
    const data = await portalQuery<{
      currentSite: { name?: string | null } | null
      Articles: { docs: NewsArticle[]; hasNextPage: boolean }
    }>({
      query: newsQuery,
      variables: { since, page },
      tags: [cacheTags.articles, cacheTags.sites],
    })
    siteName = data.currentSite?.name ?? null
    articles.push(...data.Articles.docs)
    if (!data.Articles.hasNextPage) break
  }
  return { siteName, articles }
}
