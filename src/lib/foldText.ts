/**
 * Text for accent-insensitive matching: lowercase, without Vietnamese marks, đ → d, words
 * separated by single spaces. "Bắc Kạn", "BAC KAN", "bac kan" and old or new tone placement
 * ("hoá"/"hóa") all fold to the same text.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
