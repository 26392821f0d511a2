import type { CollectionBeforeChangeHook } from 'payload'

import { foldText } from '@/lib/foldText'
import { lexicalPlainText } from '@/lib/lexicalPlainText'
import type { Article } from '@/payload-types'

/**
 * Keeps the folded search text current on every save: the title alone (title hits rank first)
 * and title, lead and body together, so "bac kan" finds "Bắc Kạn".
 */
export const indexSearchText: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const article = { ...originalDoc, ...data }
  const title = foldText(article.title ?? '')
  return {
    ...data,
    searchTitle: title,
    searchText: [
      title,
      foldText(article.lead ?? ''),
      foldText(lexicalPlainText(article.body)),
    ].join(' '),
  }
}
