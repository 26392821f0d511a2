import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/idOf'
import { badRequest } from '@/lib/readErrors'
import type { Article } from '@/payload-types'
import { defaultLanguage } from '@/sites/siteLanguages'

/**
 * A translation points at its original, which is no translation itself, is in another language,
 * and has at most one version per language: the links stay a star around the original, so "the
 * English version of this article" always means one article.
 */
export const checkTranslationLink: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
}) => {
  const id = originalDoc?.id
  const originalId = idOf(
    data.translationOf !== undefined ? data.translationOf : originalDoc?.translationOf,
  )
  if (!originalId) return data
  const language = data.language ?? originalDoc?.language ?? defaultLanguage
  if (id !== undefined && String(originalId) === String(id)) {
    badRequest('Bài không thể là bản dịch của chính nó (an article cannot translate itself).')
  }
  const original = await req.payload.findByID({
    collection: 'articles',
    id: originalId,
    depth: 0,
    draft: true,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { language: true, translationOf: true },
  })
  if (!original) badRequest(`Không có bài gốc ${originalId} (no original article ${originalId}).`)
  if (original!.translationOf) {
    badRequest(
      'Bài gốc đã là bản dịch của bài khác: hãy chọn bài gốc của nó (the original is itself a translation: link to its original).',
    )
  }
  if ((original!.language ?? defaultLanguage) === language) {
    badRequest(
      'Bản dịch phải khác ngôn ngữ với bài gốc (a translation is in another language than its original).',
    )
  }
  const clash = await req.payload.count({
    collection: 'articles',
    where: {
      and: [
        { translationOf: { equals: originalId } },
        { language: { equals: language } },
        ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
      ],
    },
    req,
    overrideAccess: true,
  })
  if (clash.totalDocs > 0) {
    badRequest(
      `Bài gốc đã có bản dịch ngôn ngữ "${language}" (the original already has a "${language}" version).`,
    )
  }
  if (id !== undefined) {
    const ownTranslations = await req.payload.count({
      collection: 'articles',
      where: { translationOf: { equals: id } },
      req,
      overrideAccess: true,
    })
    if (ownTranslations.totalDocs > 0) {
      badRequest(
        'Bài này có bản dịch nên không thể là bản dịch của bài khác (an article with translations cannot be a translation).',
      )
    }
  }
  return data
}
