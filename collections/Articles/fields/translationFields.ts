import type { Field, FieldHook, Where } from 'payload'

import { idOf } from '@/lib/idOf'
import type { Article } from '@/payload-types'
import { defaultLanguage, siteLanguages } from '@/sites/siteLanguages'

import { slugs } from '../../slugs'

const languageOptions = siteLanguages.map((language) => ({
  value: language.code,
  label: language.label,
}))

/**
 * The languages an article exists in, its own first: the original and every version linked to
 * it (drafts included). Staff only, for the list's column: one indexed look-up per article.
 */
const languagesOfArticle: FieldHook<Article> = async ({ data, req }) => {
  if (!req.user || !data?.id) return undefined
  const originalId = idOf(data.translationOf) ?? data.id
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { or: [{ id: { equals: originalId } }, { translationOf: { equals: originalId } }] },
    select: { language: true },
    depth: 0,
    limit: siteLanguages.length * 2,
    pagination: false,
    draft: true,
    req,
    overrideAccess: true,
  })
  const own = data.language ?? defaultLanguage
  const others = docs.map((doc) => doc.language ?? defaultLanguage)
  return [
    own,
    ...siteLanguages.map((language) => language.code).filter((code) => code !== own),
  ].filter((code) => code === own || others.includes(code))
}

/**
 * An article in another language is its own document, with its own workflow, linked to its
 * original (README, "Languages"): `translationOf` on the translation, `translations` (a join) on
 * the original, and `languages` for the list.
 */
export const translationFields: Field[] = [
  {
    name: 'translationOf',
    type: 'relationship',
    relationTo: slugs.articles,
    label: { vi: 'Bản dịch của bài', en: 'Translation of' },
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Bài gốc (thường là bài tiếng Việt). Bản dịch được biên tập, duyệt và xuất bản riêng.',
        en: 'The original (usually the Vietnamese article). A translation is edited, approved and published on its own.',
      },
    },
    filterOptions: ({ id }): Where => {
      const originals: Where[] = [{ translationOf: { exists: false } }]
      return { and: id ? [...originals, { id: { not_equals: id } }] : originals }
    },
  },
  {
    name: 'translations',
    type: 'join',
    collection: slugs.articles,
    on: 'translationOf',
    label: { vi: 'Các bản dịch', en: 'Translations' },
    defaultLimit: siteLanguages.length,
    admin: {
      defaultColumns: ['title', 'language', 'workflowStage', 'publishedAt'],
      // Only a saved original has translations: elsewhere Payload drew an empty list with
      // "Không có kết quả" and a "Tạo mới" that could not link to anything.
      condition: (data) => Boolean(data?.id) && !data?.translationOf,
    },
  },
  {
    name: 'languages',
    type: 'select',
    hasMany: true,
    virtual: true,
    options: languageOptions,
    label: { vi: 'Các ngôn ngữ', en: 'Languages' },
    // Read-only, in the sidebar and as a list column ("Các ngôn ngữ: Tiếng Việt, Tiếng Anh").
    // Hidden until the article is saved: a new one has no languages yet, only a placeholder.
    admin: {
      readOnly: true,
      position: 'sidebar',
      disableListFilter: true,
      condition: (data) => Boolean(data?.id),
    },
    hooks: { afterRead: [languagesOfArticle] },
  },
]
