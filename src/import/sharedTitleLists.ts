import { readTitles } from './readTitles'

/**
 * A title printed once for a list of people after a colon: "các Phó Chủ tịch UBND tỉnh: Lê Thị B,
 * Phạm Văn C", "các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Trần Văn D, Thủ tướng Chính phủ
 * Ngô Văn E". Every person named before the list ends (a semicolon or a sentence's full stop) holds
 * the shared titles, before their own.
 */
export type SharedTitleList = {
  titles: string[]
  /** Where "các …" starts. */
  start: number
  /** Where the names start, after the colon. */
  from: number
  /** Where the list ends. */
  to: number
}

/** "các", "những", then "đồng chí" or "vị" when printed: several people, titled next. */
const PLURAL = /(?<!\p{L})(?:các|những) (?:đồng chí |vị )?/giu
const COLON = /^ ?: ?/u
const LIST_END = /;|\.(?=\s|$)/u

/** Every shared title list in a line, in order. */
export const findSharedTitleLists = (line: string): SharedTitleList[] =>
  [...line.matchAll(PLURAL)].flatMap((match) => {
    const titlesStart = match.index + match[0].length
    const { titles, length } = readTitles(line.slice(titlesStart))
    const colon = COLON.exec(line.slice(titlesStart + length))
    if (titles.length === 0 || !colon) return []
    const from = titlesStart + length + colon[0].length
    const end = line.slice(from).search(LIST_END)
    return [{ titles, start: match.index, from, to: end === -1 ? line.length : from + end }]
  })
