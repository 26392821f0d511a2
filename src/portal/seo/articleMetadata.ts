import type { Metadata } from 'next'

import { browserAddress } from '../api/apiAddress'
import { articlePath } from '../i18n/localePaths'
import type { ArticlePage, ArticleVersion } from '../types'

/**
 * Every language version of an article, itself included, as hreflang alternates:
 * `{ vi: '/tin/…', en: '/en/news/…' }` (the original's translations, or a translation's original).
 */
export const languageAlternates = (article: ArticlePage): Record<string, string> => {
  const versions: (ArticleVersion | null | undefined)[] = [
    article,
    article.translationOf,
    ...(article.translations?.docs ?? []),
  ]
  return Object.fromEntries(
    versions
      .filter((version): version is ArticleVersion => Boolean(version?.slug))
      .map((version) => [version.language ?? 'vi', articlePath(version.language, version.slug!)]),
  )
}

/**
 * An article's title, description, canonical link and Open Graph tags (Facebook and Zalo read
 * them): the SEO fields when the newsroom filled them, else the title, lead and featured image.
 */
export const articleMetadata = (article: ArticlePage): Metadata => {
  const title = article.meta?.title || article.title
  const description = article.meta?.description || article.lead || undefined
  const image = article.meta?.image || article.featuredImage
  const chosen = image?.sizes?.large?.url ? image.sizes.large : image
  const imageUrl = browserAddress(chosen?.url)
  // A republication's canonical page is its source's, on the source site.
  const canonical =
    article.republication?.sourceUrl || articlePath(article.language, article.slug ?? '')
  const languages = languageAlternates(article)
  return {
    title: { absolute: title },
    description,
    // hreflang only when another language's version exists.
    alternates: { canonical, ...(Object.keys(languages).length > 1 ? { languages } : {}) },
    openGraph: {
      type: 'article',
      locale: article.language === 'en' ? 'en_US' : 'vi_VN',
      title,
      description,
      url: canonical,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      section: article.category?.name,
      images: imageUrl
        ? [
            {
              url: imageUrl,
              width: chosen?.width ?? undefined,
              height: chosen?.height ?? undefined,
              alt: image?.alt,
            },
          ]
        : undefined,
    },
  }
}
