import type { Label } from '../types'

/** What a person did for a piece, in the order a Vietnamese byline names them. */
export const bylineRoles = ['text', 'photo', 'audio', 'video', 'translation', 'editing'] as const

export type BylineRole = (typeof bylineRoles)[number]

/** A content language the printed words exist in: a document's language, a read's locale. */
export type PrintedLanguage = keyof Label

/** The language to print in for a stored language or a locale: English or else Vietnamese. */
export const printedLanguage = (value: unknown): PrintedLanguage => (value === 'en' ? 'en' : 'vi')

/**
 * The word printed before the name in each language ("Bài: …", "Ảnh: …"; "Text: …",
 * "Photo: …"), in bylines and photo credits alike, and the admin label.
 */
export const bylineRoleWords: Record<BylineRole, { printed: Label; label: Label }> = {
  text: { printed: { vi: 'Bài', en: 'Text' }, label: { vi: 'Viết bài', en: 'Text' } },
  photo: { printed: { vi: 'Ảnh', en: 'Photo' }, label: { vi: 'Ảnh', en: 'Photo' } },
  audio: { printed: { vi: 'Audio', en: 'Audio' }, label: { vi: 'Âm thanh', en: 'Audio' } },
  video: { printed: { vi: 'Video', en: 'Video' }, label: { vi: 'Video', en: 'Video' } },
  translation: {
    printed: { vi: 'Dịch', en: 'Translation' },
    label: { vi: 'Dịch', en: 'Translation' },
  },
  editing: { printed: { vi: 'Biên tập', en: 'Editing' }, label: { vi: 'Biên tập', en: 'Editing' } },
}
