import type { Metadata } from 'next'

import { browserAddress } from '../api/apiAddress'
import { paths } from '../components/paths'
import type { ArticlePage } from '../types'

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
  const canonical = article.republication?.sourceUrl || paths.article(article.slug ?? '')
  return {
    title: { absolute: title },
    description,
    alternates: { canonical },
    openGraph: {
      type: 'article',
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
