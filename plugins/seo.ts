import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field } from 'payload'

import { serverURL } from '@/lib/serverURL'
import type { Article } from '@/payload-types'
import { articlePath } from '@/portal/i18n/localePaths'
import { slugs } from '@collections/slugs'

// @payloadcms/plugin-seo has no 3.90.2 on the registry (3.90.1 is its newest; package.json's
// overrides give it our payload and ui), nor have @payloadcms/email-nodemailer (src/lib/email)
// and @payloadcms/storage-s3 (src/lib/storage). Payload's start-up check of package versions, which runs
// outside production, would throw an unhandled error at every start over that one patch version
// and end `npm run seed` and `npm run import` at once. It is turned off until 3.90.2 appears (set
// PAYLOAD_DISABLE_DEPENDENCY_CHECKER=false to see it); then pin 3.90.2 and drop these lines.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/** The SEO group's fields with Vietnamese labels (the plugin's own are generic). */
const labels: Record<string, { vi: string; en: string }> = {
  title: { vi: 'Tiêu đề khi chia sẻ, tìm kiếm', en: 'Meta title' },
  description: { vi: 'Mô tả khi chia sẻ, tìm kiếm', en: 'Meta description' },
  image: { vi: 'Ảnh khi chia sẻ (Facebook, Zalo)', en: 'Meta image' },
}

const relabel = (field: Field): Field =>
  'name' in field && labels[field.name] ? ({ ...field, label: labels[field.name] } as Field) : field

/**
 * The plugin localizes its fields when the config has locales; an article is in one language
 * (an English version is its own article), so its meta fields are too.
 */
const inArticleLanguage = (field: Field): Field =>
  'localized' in field && field.localized ? ({ ...field, localized: false } as Field) : field

/**
 * Payload's SEO plugin on articles: meta title, description and image, which the portal prints
 * in its head and Open Graph tags. The "generate" buttons, and the save when they are left empty
 * (collections/Articles/hooks/fillSeoMeta.ts), take the title, the lead and the featured image.
 */
export const articleSeoPlugin = seoPlugin({
  collections: [slugs.articles],
  uploadsCollection: slugs.media,
  generateTitle: ({ doc }) => (doc as Partial<Article>).title ?? '',
  generateDescription: ({ doc }) => (doc as Partial<Article>).lead ?? '',
  generateImage: ({ doc }) => {
    const image = (doc as Partial<Article>).featuredImage
    return (typeof image === 'object' ? image?.id : image) ?? ''
  },
  generateURL: ({ doc }) =>
    `${serverURL()}${articlePath((doc as Partial<Article>).language, (doc as Partial<Article>).slug ?? '')}`,
  fields: ({ defaultFields }) => defaultFields.map(relabel).map(inArticleLanguage),
})
