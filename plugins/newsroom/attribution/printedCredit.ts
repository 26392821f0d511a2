import { bylineRoleWords, type PrintedLanguage } from './bylineRoles'

/** The name of the media field holding the printed credit. */
export const CREDIT = 'credit'

/** A credit's word is the byline's for the same role: "Ảnh", "Audio", "Video" ("Photo" …). */
const creditRole = (mimeType: unknown) => {
  const type = String(mimeType ?? '')
  if (type.startsWith('audio/')) return 'audio'
  if (type.startsWith('video/')) return 'video'
  return 'photo'
}

/** The credit's name alone: staff often type the word too ("Ảnh: Thành Tâm"), printed once. */
const creditName = (credit: unknown, words: Record<PrintedLanguage, string>) =>
  String(credit ?? '')
    .normalize('NFC')
    .trim()
    .replace(new RegExp(`^(?:${Object.values(words).join('|')})\\s*[:\\-–]\\s*`, 'iu'), '')

/** "Ảnh: Thành Tâm" (or "Audio: …"; in English "Photo: Thành Tâm"), empty without a credit. */
export const printedCredit = (data: Record<string, unknown>, language: PrintedLanguage = 'vi') => {
  const words = bylineRoleWords[creditRole(data.mimeType)].printed
  const name = creditName(data[CREDIT], words)
  return name ? `${words[language]}: ${name}` : ''
}

/** "Đại biểu dự hội nghị. Ảnh: Thành Tâm" ("Delegates at the meeting. Photo: Thành Tâm") */
export const printedCaption = (data: Record<string, unknown>, language: PrintedLanguage = 'vi') => {
  const caption = String(data.caption ?? '').trim()
  const sentence = caption && !/[.!?…]$/.test(caption) ? `${caption}.` : caption
  return [sentence, printedCredit(data, language)].filter(Boolean).join(' ')
}
