import type { Label } from '../types'

/** What a person did for a piece, in the order a Vietnamese byline names them. */
export const bylineRoles = ['text', 'photo', 'audio', 'video', 'translation', 'editing'] as const

export type BylineRole = (typeof bylineRoles)[number]

/** The word printed before the name ("Bài: …", "Ảnh: …") and the admin label. */
export const bylineRoleWords: Record<BylineRole, { printed: string; label: Label }> = {
  text: { printed: 'Bài', label: { vi: 'Viết bài', en: 'Text' } },
  photo: { printed: 'Ảnh', label: { vi: 'Ảnh', en: 'Photo' } },
  audio: { printed: 'Audio', label: { vi: 'Âm thanh', en: 'Audio' } },
  video: { printed: 'Video', label: { vi: 'Video', en: 'Video' } },
  translation: { printed: 'Dịch', label: { vi: 'Dịch', en: 'Translation' } },
  editing: { printed: 'Biên tập', label: { vi: 'Biên tập', en: 'Editing' } },
}
