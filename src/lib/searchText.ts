import { normalizeVietnamese } from '@/import/vietnameseText'

/**
 * Vietnamese text as typed, for exact matches: lowercase, NFC, the tone placement of government
 * texts ("hoá" and "hóa" alike), words separated by single spaces. "Bí mật" stays "bí mật", never
 * "bỉ mặt": those two only meet in the folded text.
 */
export const exactText = (text: string): string =>
  normalizeVietnamese(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * English text for English search: lowercase, NFC, words separated by single spaces. Stemming
 * is the database's (FTS5 `porter`, MongoDB's `english` text language); nothing is folded as
 * Vietnamese.
 */
export const englishText = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
