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
  /** A body's standing members are listed: the body, which completes a post printed bare. */
  body?: string
}

/** "các", "những", then "đồng chí" or "vị" when printed: several people, titled next. */
const PLURAL = /(?<!\p{L})(?:các|những) (?:đồng chí |vị )?/giu
const COLON = /^ ?: ?/u
const LIST_END = /;|\.(?=\s|$)/u
const SENTENCE_END = /\.(?=\s|$)/u

/**
 * "các đồng chí Thường trực Huyện ủy: A, Bí thư; B, Phó Bí thư": a body's standing members, each
 * with a post in it. The body's name is no one's title; the list runs past the semicolons between
 * members, to the sentence's end.
 */
const STANDING_MEMBERS = /^Thường trực (.+)$/u
/** A post printed without its body ("Bí thư", "Phó Chủ tịch Thường trực"). */
const BARE_POST = /^(?:Phó )?(?:Bí thư|Chủ tịch)(?: [Tt]hường trực)?$/u

/** A member's bare post completed by the body listed: "Bí thư" of "Huyện ủy" → "Bí thư Huyện ủy". */
export const withListBody = (titles: string[], body: string | undefined): string[] =>
  body === undefined
    ? titles
    : titles.map((title) => (BARE_POST.test(title) ? `${title} ${body}` : title))

/** Every shared title list in a line, in order. */
export const findSharedTitleLists = (line: string): SharedTitleList[] =>
  [...line.matchAll(PLURAL)].flatMap((match) => {
    const titlesStart = match.index + match[0].length
    const { titles, length } = readTitles(line.slice(titlesStart))
    const colon = COLON.exec(line.slice(titlesStart + length))
    if (titles.length === 0 || !colon) return []
    const from = titlesStart + length + colon[0].length
    const body = titles.length === 1 ? STANDING_MEMBERS.exec(titles[0])?.[1] : undefined
    const end = line.slice(from).search(body === undefined ? LIST_END : SENTENCE_END)
    const to = end === -1 ? line.length : from + end
    return [
      body === undefined
        ? { titles, start: match.index, from, to }
        : { titles: [], start: match.index, from, to, body },
    ]
  })
