import { xmlDocument } from './xmlDocument'

const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9'

export type SitemapEntry = { loc: string; lastmod?: string | null }

export type NewsEntry = { loc: string; title: string; publishedAt: string }

/** A sitemap index (sitemaps.org): the address of each sitemap and when it last changed. */
export const sitemapIndex = (sitemaps: SitemapEntry[]): string =>
  xmlDocument({
    sitemapindex: {
      '@_xmlns': sitemapNamespace,
      sitemap: sitemaps.map(({ loc, lastmod }) => ({ loc, lastmod: lastmod ?? undefined })),
    },
  })

/** A sitemap of page addresses (sitemaps.org), at most 50,000 of them. */
export const urlSet = (urls: SitemapEntry[]): string =>
  xmlDocument({
    urlset: {
      '@_xmlns': sitemapNamespace,
      url: urls.map(({ loc, lastmod }) => ({ loc, lastmod: lastmod ?? undefined })),
    },
  })

/** A Google News sitemap: articles of the last two days, with the publication's name. */
export const newsUrlSet = ({ entries, siteName }: { entries: NewsEntry[]; siteName: string }) =>
  xmlDocument({
    urlset: {
      '@_xmlns': sitemapNamespace,
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: entries.map((entry) => ({
        loc: entry.loc,
        'news:news': {
          'news:publication': { 'news:name': siteName, 'news:language': 'vi' },
          'news:publication_date': entry.publishedAt,
          'news:title': entry.title,
        },
      })),
    },
  })
