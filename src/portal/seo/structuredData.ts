import { browserAddress } from '../api/apiAddress'
import type { Crumb } from '../components/Breadcrumbs'
import { paths } from '../components/paths'
import { absoluteUrl } from '../feeds/absoluteUrl'
import { vietnamIso } from '../format'
import type { PortalSiteSettings } from '../queries/siteSettings'
import type { ArticlePage } from '../types'

/** Schema.org's BreadcrumbList for the trail a page prints. */
export const breadcrumbList = (crumbs: Crumb[], origin?: string) => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    item: absoluteUrl(crumb.href, origin),
  })),
})

/** The printed names of the byline's writers (not photographers: they are on the image). */
const authorsOf = (article: ArticlePage): string[] => {
  const names = (article.byline ?? [])
    .filter((entry) => entry.role !== 'photo' && entry.displayName)
    .map((entry) => entry.displayName as string)
  return names.length ? [...new Set(names)] : article.bylineText ? [article.bylineText] : []
}

/**
 * Schema.org's NewsArticle: headline, the dates in Vietnam's +07:00, the byline's writers as
 * printed, the picture with its photographer's credit, the portal as publisher.
 */
export const newsArticle = ({
  article,
  settings,
  origin,
}: {
  article: ArticlePage
  settings: PortalSiteSettings | null
  /** The shown site's public address (portalOrigin); SERVER_URL when left out. */
  origin?: string
}) => {
  const url = absoluteUrl(paths.article(article.slug ?? ''), origin)
  const image = article.featuredImage
  const chosen = image?.sizes?.large?.url ? image.sizes.large : image
  const imageUrl = browserAddress(chosen?.url)
  const logoUrl = settings?.logo && browserAddress(settings.logo.url)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead ?? undefined,
    inLanguage: 'vi',
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.publishedAt ? vietnamIso(article.publishedAt) : undefined,
    dateModified: vietnamIso(article.updatedAt),
    articleSection: article.category?.name,
    author: authorsOf(article).map((name) => ({ '@type': 'Person', name })),
    image:
      image && imageUrl
        ? [
            {
              '@type': 'ImageObject',
              url: absoluteUrl(imageUrl, origin),
              width: chosen?.width ?? undefined,
              height: chosen?.height ?? undefined,
              caption: image.captionText || image.caption || undefined,
              ...(image.credit
                ? { creditText: image.credit, author: { '@type': 'Person', name: image.credit } }
                : {}),
            },
          ]
        : undefined,
    // Đăng lại: the article this one copies, on the site that published it first.
    ...(article.republication?.sourceUrl
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            url: article.republication.sourceUrl,
            publisher: { '@type': 'Organization', name: article.republication.sourceSiteName },
          },
        }
      : {}),
    publisher: {
      '@type': 'Organization',
      name: settings?.name,
      url: absoluteUrl('/', origin),
      ...(logoUrl ? { logo: { '@type': 'ImageObject', url: absoluteUrl(logoUrl, origin) } } : {}),
    },
  }
}
