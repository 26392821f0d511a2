/**
 * Vietnamese text as the importer compares it. The legacy portal mixes Unicode forms (NFC and
 * NFD), non-breaking spaces and two tone placements for the open syllables oa, oe and uy:
 * "hoá, thuỷ, Uỷ ban" beside "hóa, thủy, Ủy ban". Everything the importer returns uses NFC and
 * the placement Vietnamese government texts use, the tone on o/u: hóa, hòa, khỏe, thủy, Ủy.
 */

/** Combining grave, acute, tilde, hook above and dot below: the five tone marks, after NFD. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]'
/** Initial consonants only: a vowel before o/u would make another syllable shape ("ngoeo"). */
const ONSET = '[bcdđghklmnpqrstvx]*'

/** "hoá", "thuỷ", "Uỷ": tone on the last vowel of an open oa/oe/uy, nothing after it. */
const TONE_ON_SECOND_VOWEL = new RegExp(`^(${ONSET})(o(?=[ae])|u(?=y))([aey])(${TONE})$`, 'iu')
/** "hóa", "thủy", "Ủy": the same syllables with the tone on o/u. */
const TONE_ON_FIRST_VOWEL = new RegExp(
  `^(${ONSET})(o(?=${TONE}[ae]$)|u(?=${TONE}y$))(${TONE})([aey])$`,
  'iu',
)

/** "qu" is a consonant: in "quý", "quà" the tone is on the vowel after it in both styles. */
const isQuSyllable = (onset: string, vowel: string): boolean =>
  vowel.toLowerCase() === 'u' && onset.toLowerCase().endsWith('q')

/** Applies a rewrite to every word of the text, word by word in NFD. */
const rewriteWords = (text: string, rewrite: (nfdWord: string) => string): string =>
  text
    .normalize('NFD')
    .replace(/\p{L}[\p{L}\p{M}]*/gu, rewrite)
    .normalize('NFC')

const toneOnFirstVowel = (word: string): string => {
  const match = TONE_ON_SECOND_VOWEL.exec(word)
  if (!match) return word
  const [, onset, first, second, tone] = match
  return isQuSyllable(onset, first) ? word : `${onset}${first}${tone}${second}`
}

const toneOnSecondVowel = (word: string): string => {
  const match = TONE_ON_FIRST_VOWEL.exec(word)
  if (!match) return word
  const [, onset, first, tone, second] = match
  return isQuSyllable(onset, first) ? word : `${onset}${first}${second}${tone}`
}

/** Zero-width characters the old portal's editor left between letters. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g

/**
 * NFC, the government tone placement ("hoá" → "hóa", "Uỷ" → "Ủy", "thuỷ" → "thủy"; "hoàn",
 * "quý" unchanged), every run of whitespace (NBSP and line breaks included) as one space, trimmed.
 */
export const normalizeVietnamese = (text: string): string =>
  rewriteWords(text.replace(ZERO_WIDTH, ''), toneOnFirstVowel).replace(/\s+/gu, ' ').trim()

/**
 * The other tone placement ("hóa" → "hoá", "Ủy" → "Uỷ"), NFC, whitespace untouched: what the
 * old portal often printed. For tests and fixtures: the importer itself never produces it.
 */
export const toOldTonePlacement = (text: string): string => rewriteWords(text, toneOnSecondVowel)

/**
 * A key for matching names: lower case, no diacritics, đ → d, single spaces.
 * "Dương Hữu Bường" and "duong  huu buong" fold alike.
 */
const MAX_FOLDS = 20_000
const MAX_MEMO_LENGTH = 80
const folds = new Map<string, string>()

export const foldVietnamese = (text: string): string => {
  const known = folds.get(text)
  if (known !== undefined) return known
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
  // Names, titles and table entries are folded again and again: a bounded memo, emptied when
  // full; whole paragraphs are not kept.
  if (text.length > MAX_MEMO_LENGTH) return folded
  if (folds.size >= MAX_FOLDS) folds.clear()
  folds.set(text, folded)
  return folded
}
