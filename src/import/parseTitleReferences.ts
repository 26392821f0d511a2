import { capitalsAsTitleCase, personNameLength } from './personNames'
import { readTitles } from './readTitles'
import { foldVietnamese } from './vietnameseText'

/** "đồng chí Bí thư Tỉnh ủy": someone named by title alone, resolved later by date. */
export type TitleReference = { title: string; text: string }

export type TitleReferenceMention = TitleReference & { start: number; end: number }

/**
 * A singular "đồng chí" before a position. "các đồng chí Phó Chủ tịch" is several people and
 * "đồng chí chủ trì" is no position: neither is a reference.
 */
const COMRADE = /(?<!\p{L})(?<!(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a) )[Đđ]ồng chí /gu

/** Every reference by title in a line, in order. */
export const findTitleReferences = (line: string): TitleReferenceMention[] =>
  [...line.matchAll(COMRADE)].flatMap((match) => {
    const titlesStart = match.index + match[0].length
    const rest = line.slice(titlesStart)
    // "đồng chí Thượng tá Trưởng Công an huyện": the rank is read past (honorifics.ts).
    const { titles, length } = readTitles(rest)
    if (titles.length === 0) return []
    const end = titlesStart + length
    // "đồng chí Phó Chủ tịch UBND huyện Hoàng Thị D": a person named, not one referred to by title.
    const after = line.slice(end)
    if (/^ \p{Lu}/u.test(after) && personNameLength(capitalsAsTitleCase(after.slice(1))) > 0) {
      return []
    }
    return [
      { title: titles.join(', '), text: line.slice(match.index, end), start: match.index, end },
    ]
  })

/** The first reference to each title (by folded title). */
export const uniqueTitleReferences = (mentions: TitleReference[]): TitleReference[] => {
  const seen = new Set<string>()
  return mentions.flatMap(({ title, text }) => {
    const key = foldVietnamese(title)
    if (seen.has(key)) return []
    seen.add(key)
    return [{ title, text }]
  })
}
