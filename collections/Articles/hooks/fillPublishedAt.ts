import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** The first publication dates the article unless the editor set a publish time. */
export const fillPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) =>
  data._status === 'published' && !(data.publishedAt ?? originalDoc?.publishedAt)
    ? { ...data, publishedAt: new Date().toISOString() }
    : data
