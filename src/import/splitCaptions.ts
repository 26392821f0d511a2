import {
  CAPTION_ENDING,
  HEADING_OPENING,
  SCENE_OPENING,
  isNeverACaption,
  readsAsRunningText,
} from './captionShapes'
import type { BodyBlock } from './parsedArticle'
import { findOfficialMentions } from './parseOfficials'
import { personNameLength } from './personNames'
import { textKey } from './unitSpelling'
import { normalizeVietnamese } from './vietnameseText'

/**
 * Which body lines are photo captions. The old portal printed a photo's caption as a line of its
 * own between paragraphs; the photo itself is gone. A caption is a line (not the lead, not the
 * byline) of at most 35 words (40 with a credit), one sentence, that no table of
 * captionShapes.ts rules out (an attendance list, a related link, a byline's label; uncredited,
 * a report's marks: a time opening, "đã", reported speech), and that
 * - carries a photo credit ("… Ảnh: Thành Tâm", "(ảnh: …)", "Ảnh: …" on the line below), or
 * - ends without a full stop and speaks of people or an event, not opening as a subheading does
 *   ("Toàn cảnh hội nghị", "Đại biểu dự họp tham gia góp ý…"), or
 * - ends with what its people do: "… chủ trì.", "… phát biểu tại hội nghị.", "… dự hội nghị.",
 *   or names a scene ("Toàn cảnh …", "Một góc …"), a presidium, or a person and their titles;
 * - holds ";" only between two photos' captions, or with a credit.
 * A line printed twice in a row, or the title printed again, is a photo's alt text.
 */

const MAX_CAPTION_WORDS = 35
/** A printed credit makes it a photo's caption even when it runs longer. */
const MAX_CREDITED_CAPTION_WORDS = 40
/**
 * "Với tinh thần cầu thị và thẳng thắn, các đồng chí …", "Để chuẩn bị tốt cho Đại hội, …",
 * "Phát biểu tại hội nghị, đồng chí X …": an adverbial phrase and a comma, then the clause it
 * opens, is how a paragraph's sentence starts.
 */
const ADVERBIAL_OPENING =
  /^(?:Với|Bằng|Nhằm|Để|Nhờ|Trên cơ sở|Trong bối cảnh|Phát biểu|Kết luận|Thay mặt) [^,]+, \p{Ll}/u
/** "Clip Báo cáo sơ kết …", "Video: …", "Infographic …": a video's or graphic's label, not a photo's caption. */
const MEDIA_LABEL = /^(?:Video ?clip|Clip|Video|Infographic|Audio)(?!\p{L})/iu
/** "Ảnh: X", "(ảnh: X)", "- Ảnh - X", "Nguồn ảnh: X", "Ảnh: X." : a photo's credit, its full stop not in the name. */
const CREDIT = /\s*(?:[-–—]\s*)?\(?\s*(?:Nguồn ảnh|Ảnh)\s*(?::|[-–—])\s*([^()]+?)\s*\)?\.?$/iu
/** "(ảnh Thu Hà)": no colon, but brackets and a capital ("(Ảnh minh họa)" names no one). */
const BRACKETED_CREDIT = /\s*\((?:Ảnh|ảnh|ẢNH)\s+(\p{Lu}[^()]*?)\s*\)\.?$/u
/**
 * A second sentence: a stop, then a capital. Not the dot of an abbreviation ("TP. Hồ Chí Minh",
 * "ThS. Nguyễn Văn An", "H. Phù Mỹ", an initial "N. Hà"), which captions are full of.
 */
const SENTENCE_INSIDE =
  /(?<!(?<!\p{L})(?:TP|Tp|TX|Q|P|H|X|TT|ThS|TS|PGS|GS|BS|KS|\p{Lu}))[.!?…]\s+\p{Lu}/u
const ENDS_A_SENTENCE = /[.!?…;:]$/u
/**
 * What a photo's caption speaks of: a line without a full stop that says none of these is a
 * subheading ("Đổi mới nội dung, hình thức sinh hoạt"), not a caption.
 */
const CAPTION_WORDS =
  /(?<!\p{L})(?:toàn cảnh|quang cảnh|đồng chí|đ\/c|ông|bà|phát biểu|trình bày|chủ trì|dự|tham dự|tặng|trao|chụp ảnh|đại biểu|lãnh đạo|kiểm tra|thăm|báo cáo|hội nghị|cuộc họp|kỳ họp|phiên|đại hội|buổi|đoàn|tại)(?!\p{L})/iu
/** A line in capitals is a heading. */
const IN_CAPITALS = /^[^\p{Ll}]+$/u

/**
 * "Ảnh: Đồng chí X phát biểu tại hội nghị", "Ảnh 2: …": the label before the caption itself, which
 * says what the photo shows in a sentence (lower-case words), where a credit names a photographer.
 */
const LABEL_BEFORE_CAPTION =
  /^\(?\s*(?:Ảnh|Hình)(?: \d{1,2}| trên| dưới)?\s*:\s*(?=(?:\S+ ){3,})(?=.*(?<!\p{L})(?!và )\p{Ll})/u

/** "Đại biểu dự hội nghị. Ảnh: Thành Tâm" → the caption and the credit. */

export const splitCredit = (line: string): { text: string; credit?: string } => {
  const label = LABEL_BEFORE_CAPTION.exec(line)
  if (label) return { text: line.slice(label[0].length).replace(/\)$/u, '') }
  const match = CREDIT.exec(line) ?? BRACKETED_CREDIT.exec(line)
  if (!match || match.index === 0) return { text: line }
  return { text: line.slice(0, match.index), credit: match[1] }
}

const personNameAnywhere = (text: string): boolean =>
  [...text.matchAll(/(?<!\p{L})\p{Lu}/gu)].some(
    (match) => personNameLength(text.slice(match.index)) > 0,
  )

const hasCaptionPieces = (text: string): boolean =>
  text
    .replace(/\.$/u, '')
    .split(';')
    .every((piece) => CAPTION_ENDING.test(`${piece.trim()}.`))

/**
 * "HĐND huyện Yên Lập" at the foot of a notice: a body's name alone, every lower-case word a level
 * of place, is the text's signature, not what a photo shows.
 */
const SIGNATURE =
  /^(?:\p{Lu}[\p{L}&-]*|huyện|xã|tỉnh|phường|quận|thị trấn|thị xã|thành phố)(?: (?:\p{Lu}[\p{L}&-]*|huyện|xã|tỉnh|phường|quận|thị trấn|thị xã|thành phố))*$/u
const MAX_SIGNATURE_WORDS = 8
const isSignature = (text: string) =>
  text.split(' ').length <= MAX_SIGNATURE_WORDS && /\p{Ll}/u.test(text) && SIGNATURE.test(text)

/**
 * "Đ/c Hà Công Tài - Chi cục trưởng … báo cáo …" with no full stop: a speaker's caption, whose
 * titles make it as long as a credited one.
 */
const SPEAKER_OPENING = /^(?:Đ\/c|Đồng chí|Ông|Bà) \p{Lu}/u
const isSpeakerCaption = (text: string) => SPEAKER_OPENING.test(text) && !ENDS_A_SENTENCE.test(text)

/**
 * "Đoàn Chủ tịch Đại hội.", "Đoàn Thư ký kỳ họp.": a photo of a congress's presidium or
 * secretariat, named in a few words.
 */
const PRESIDIUM = /^Đoàn (?:Chủ tịch|Thư ký)(?!\p{L})/u
const MAX_PRESIDIUM_WORDS = 8
const isPresidiumCaption = (text: string) =>
  PRESIDIUM.test(text) && text.split(' ').length <= MAX_PRESIDIUM_WORDS

/**
 * "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện.", "Bí thư Tỉnh ủy Lê Văn Cường.": a person
 * and their titles, nothing else, full stop or not: a portrait's caption, never a sentence.
 */
const isPortrait = (text: string) => {
  const mentions = findOfficialMentions(text)
  return (
    mentions.length === 1 &&
    mentions[0].start === 0 &&
    mentions[0].end >= text.replace(/\.$/u, '').length
  )
}

export const isCaption = (text: string, hasCredit: boolean): boolean => {
  const maxWords =
    hasCredit || isSpeakerCaption(text) ? MAX_CREDITED_CAPTION_WORDS : MAX_CAPTION_WORDS
  if (text.split(' ').length > maxWords || isNeverACaption(text)) return false
  if (ADVERBIAL_OPENING.test(text) || MEDIA_LABEL.test(text)) return false
  if (!hasCredit && (isSignature(text) || readsAsRunningText(text))) return false
  if (SENTENCE_INSIDE.test(text)) return false
  // "Đồng chí X phát biểu tại hội nghị; các đại biểu dự hội nghị.": two photos' captions in one
  // line, each ending as a caption ends; any other ";" makes it a list in running text, unless a
  // credit marks the line as a photo's ("Đồng chí X, Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh …").
  if (text.includes(';')) return hasCredit || hasCaptionPieces(text)
  if (IN_CAPITALS.test(text) || text.split(' ').length < 2) return false
  return (
    hasCredit ||
    (!ENDS_A_SENTENCE.test(text) &&
      !HEADING_OPENING.test(text) &&
      (CAPTION_WORDS.test(text) || personNameAnywhere(text))) ||
    CAPTION_ENDING.test(text) ||
    SCENE_OPENING.test(text) ||
    isPresidiumCaption(text) ||
    isPortrait(text)
  )
}

/**
 * Between the title and the sapo only a photo's caption stands (page lines are taken out before):
 * there any one sentence of caption length is one, full stop or not.
 */
const isCaptionAboveLead = (text: string): boolean =>
  text.split(' ').length >= 2 &&
  text.split(' ').length <= MAX_CREDITED_CAPTION_WORDS &&
  !isNeverACaption(text) &&
  !SENTENCE_INSIDE.test(text) &&
  !text.includes(';') &&
  !IN_CAPITALS.test(text)

/**
 * The title printed again in the body ("Tình hình kinh tế - xã hội năm 2022 …" under the sapo):
 * the alt text of the article's photo, which the page gives the title; an article never repeats
 * its title as a paragraph.
 */
const isTitleAgain = (text: string, title: string | undefined) =>
  title !== undefined &&
  // "hoi nghi thuong dinh …", the page's address words, is no alt text: the marks must match.
  normalizeVietnamese(text).toLowerCase() === normalizeVietnamese(title).toLowerCase() &&
  text.split(' ').length <= MAX_CREDITED_CAPTION_WORDS

/** A body line as a caption (credit split off) or a paragraph. */
const CAPTION_STAR = /^\*\s*/u

export const toBodyBlock = (
  printed: string,
  { aboveLead = false, title }: { aboveLead?: boolean; title?: string } = {},
): BodyBlock => {
  // "Quang cảnh hội nghị. |": the bar of the photo's table cell, a caption's mark like a credit.
  const line = printed.replace(/\s*\|$/u, '')
  const hasBar = line !== printed
  const { text, credit } = splitCredit(line)
  // A photo's label ("Ảnh 2: …") marks a caption as a credit does.
  const isMarked = credit !== undefined || hasBar || LABEL_BEFORE_CAPTION.test(line)
  const isOne =
    isCaption(text, isMarked) ||
    (aboveLead && isCaptionAboveLead(text)) ||
    isTitleAgain(text, title)
  if (!isOne) return { kind: 'paragraph', text: printed }
  // "* Ông X chủ trì hội nghị": the star some portals mark a caption with is not its words.
  const caption = text.replace(CAPTION_STAR, '')
  return credit ? { kind: 'caption', text: caption, credit } : { kind: 'caption', text: caption }
}

/**
 * A photo's alt text printed just before its caption repeats it ("… khóa XI." then "… khoá XI.
 * Ảnh: Hữu Hiệp"): one caption, the one after, with its credit. The same line twice in a row is
 * that pair even when neither reads as a caption alone ("Nhà báo X trong một chuyến sáng tác
 * ảnh." twice): one caption, if it speaks of people or an event in a caption's shape
 * ("image advertisement" twice is a banner's).
 */
export const withoutRepeatedCaptions = (blocks: BodyBlock[]): BodyBlock[] =>
  blocks.flatMap((block, index) => {
    const next = blocks[index + 1]
    const isAltText =
      sameWords(block, next) &&
      ((block.kind === 'caption' && next?.kind === 'caption') ||
        isRepeatedPhotoLine(captionTextOf(block)))
    if (isAltText) return []
    if (block.kind === 'caption' || !sameWords(blocks[index - 1], block)) return [block]
    const { text, credit } = splitCredit(block.text)
    if (!isRepeatedPhotoLine(text)) return [block]
    return [credit ? { kind: 'caption', text, credit } : { kind: 'caption', text }]
  })

const isRepeatedPhotoLine = (text: string) =>
  isCaption(text, true) &&
  !readsAsRunningText(text) &&
  (CAPTION_WORDS.test(text) || personNameAnywhere(text))

/** A block's words without a printed credit, to compare an alt text with its caption. */
const captionTextOf = (block: BodyBlock) =>
  block.kind === 'caption' ? block.text : splitCredit(block.text).text

const sameWords = (one: BodyBlock | undefined, other: BodyBlock | undefined) =>
  one !== undefined &&
  other !== undefined &&
  textKey(captionTextOf(one)) === textKey(captionTextOf(other))

/** "Ảnh: Thành Tâm" alone on a line: a credit printed under its caption. */
const CREDIT_LINE = /^\(?\s*(?:Nguồn ảnh|Ảnh)\s*(?::|[-–—])\s*([^()]+?)\s*\)?\.?$/iu

/**
 * A caption without a credit, then a line holding only one ("… phát biểu tại hội nghị" and
 * "Ảnh: Thành Tâm" below it): one caption with its credit. The credit below also marks a line
 * that has a caption's shape once marked, and reads as no report ("Các đại biểu biểu quyết
 * thông qua nghị quyết, dự án" and "Ảnh: Thành Tâm"), as that photo's caption.
 */
export const withCreditsBelow = (blocks: BodyBlock[]): BodyBlock[] =>
  blocks.flatMap((block, index): BodyBlock[] => {
    const previous = blocks[index - 1]
    const credit = block.kind === 'paragraph' ? CREDIT_LINE.exec(block.text)?.[1] : undefined
    if (credit && previous !== undefined && takesCreditBelow(previous)) return []
    const next = blocks[index + 1]
    const creditBelow = next?.kind === 'paragraph' ? CREDIT_LINE.exec(next.text)?.[1] : undefined
    if (creditBelow && takesCreditBelow(block)) {
      return [{ kind: 'caption', text: block.text, credit: creditBelow }]
    }
    return [block]
  })

const takesCreditBelow = (block: BodyBlock) =>
  block.kind === 'caption'
    ? block.credit === undefined
    : !CREDIT_LINE.test(block.text) &&
      isCaption(block.text, true) &&
      !readsAsRunningText(block.text)
