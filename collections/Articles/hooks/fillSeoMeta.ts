import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * The SEO fields an editor left empty take the title, the lead and the featured image, so that
 * every article shares well on Facebook and Zalo without extra work. Filled ones are kept.
 */
export const fillSeoMeta: CollectionBeforeChangeHook<Article> = ({ data }) => {
  const meta = { ...(data.meta ?? {}) }
  meta.title ||= data.title
  meta.description ||= data.lead ?? undefined
  meta.image ||= data.featuredImage ?? undefined
  return { ...data, meta }
}
