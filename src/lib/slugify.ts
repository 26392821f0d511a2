/**
 * Makes a URL slug from Vietnamese text the way Vietnamese portals do: "Bắc Kạn" → "bac-kan".
 * Diacritics are removed after Unicode decomposition, so NFC and NFD input, and old ("hoá") and
 * new ("hóa") tone placement, give the same slug. "đ" is a letter of its own, not a decomposable
 * "d" with a mark, so it is mapped explicitly.
 */
export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
