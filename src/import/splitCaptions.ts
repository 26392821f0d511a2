import type { BodyBlock } from './parsedArticle'

/**
 * Which body lines are photo captions. The old portal printed a photo's caption as a line of its
 * own between paragraphs; the photo itself is gone. A caption is a line (not the lead, not the
 * byline) of at most 25 words, one sentence, with no ";", that
 * - carries a photo credit ("… Ảnh: Thành Tâm", "(Ảnh: …)"), or
 * - ends without a full stop ("Toàn cảnh hội nghị", "Đại biểu dự họp tham gia góp ý…"), or
 * - ends with what captions say: "… chủ trì.", "… phát biểu tại hội nghị.", "… dự hội nghị.",
 *   or opens with "Toàn cảnh" / "Quang cảnh".
 */

const MAX_CAPTION_WORDS = 25
const CREDIT = /\s*(?:[-–—]\s*)?\(?\s*Ảnh\s*:\s*([^()]+?)\s*\)?$/u
const SENTENCE_INSIDE = /[.!?…]\s+\p{Lu}/u
const ENDS_A_SENTENCE = /[.!?…;:]$/u
const CAPTION_ENDING =
  /(?<!\p{L})(?:chủ trì|phát biểu(?: [^.]*)?|(?:tham )?dự (?:hội nghị|cuộc họp|họp|buổi làm việc)[^.]*)\.$/u
const CAPTION_OPENING = /^(?:Toàn cảnh|Quang cảnh)(?!\p{L})/u

/** "Đại biểu dự hội nghị. Ảnh: Thành Tâm" → the caption and the credit. */
export const splitCredit = (line: string): { text: string; credit?: string } => {
  const match = CREDIT.exec(line)
  if (!match || match.index === 0) return { text: line }
  return { text: line.slice(0, match.index), credit: match[1] }
}

export const isCaption = (text: string, hasCredit: boolean): boolean => {
  if (text.split(' ').length > MAX_CAPTION_WORDS) return false
  if (SENTENCE_INSIDE.test(text) || text.includes(';')) return false
  return (
    hasCredit ||
    !ENDS_A_SENTENCE.test(text) ||
    CAPTION_ENDING.test(text) ||
    CAPTION_OPENING.test(text)
  )
}

/** A body line as a caption (credit split off) or a paragraph. */
export const toBodyBlock = (line: string): BodyBlock => {
  const { text, credit } = splitCredit(line)
  if (!isCaption(text, credit !== undefined)) return { kind: 'paragraph', text: line }
  return credit ? { kind: 'caption', text, credit } : { kind: 'caption', text }
}
