import type { CollectionBeforeChangeHook } from 'payload'

import { articleSearchFields } from '@/lib/articleSearchFields'
import { lexicalPlainText } from '@/lib/lexicalPlainText'
import type { Article } from '@/payload-types'
import { defaultLanguage } from '@/sites/siteLanguages'

/**
 * Keeps what search reads current on every save (see articleSearchFields): title, lead and body
 * apart and together, folded ("bac kan" finds "Bắc Kạn") and exact (an exact match ranks first).
 */
export const indexSearchText: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const article = { ...originalDoc, ...data }
  return {
    ...data,
    ...articleSearchFields({
      title: article.title ?? '',
      lead: article.lead ?? '',
      bodyText: lexicalPlainText(article.body),
      language: article.language ?? defaultLanguage,
    }),
  }
}
