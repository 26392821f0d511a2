import { readTitles } from './readTitles'
import { foldVietnamese } from './vietnameseText'

export type Official = { name: string; titles: string[] }

/** One place in a line where an official is named with titles. */
export type OfficialMention = Official & {
  start: number
  end: number
  /** The meeting's chair: "… chủ trì", or "dưới sự chủ trì của đồng chí …". */
  isChair: boolean
}

/** A syllable of a personal name: capitalised, not an acronym. */
const SYLLABLE = String.raw`\p{Lu}\p{Ll}*(?!\p{L})`
/**
 * "đồng chí" (or "ông", "bà"), a name of two to four syllables, then the titles after a hyphen
 * ("Bường-Tỉnh ủy viên"), an en dash ("Du – Bí thư") or a comma ("Thận, Phó Bí thư").
 */
const MENTION = new RegExp(
  String.raw`(?<!\p{L})(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à) (${SYLLABLE}(?: ${SYLLABLE}){1,3})(?: ?[-–—] ?|, ?)`,
  'gu',
)
/** Position words are capitalised too: "đồng chí Phó Bí thư, …" names no one. */
const NOT_A_NAME_START =
  /^(?:Bí|Chủ|Giám|Phó|Thành|Tỉnh|Huyện|Trưởng|Ủy|Tổng|Thủ|Thứ|Bộ|Chánh)(?!\p{L})/u
const CHAIRS_AFTER = /^\s*chủ trì(?!\p{L})/u
const CHAIRED_BY_BEFORE = /chủ trì của\s*$/u

/** Every official named with titles in a line, in order. */
export const findOfficialMentions = (line: string): OfficialMention[] =>
  [...line.matchAll(MENTION)].flatMap((match) => {
    const name = match[1]
    if (NOT_A_NAME_START.test(name)) return []
    const titlesStart = match.index + match[0].length
    const { titles, length } = readTitles(line.slice(titlesStart))
    if (titles.length === 0) return []
    const end = titlesStart + length
    const isChair =
      CHAIRS_AFTER.test(line.slice(end)) || CHAIRED_BY_BEFORE.test(line.slice(0, match.index))
    return [{ name, titles, start: match.index, end, isChair }]
  })

/** One entry per person (by folded name), titles from every mention in printed order. */
export const mergeOfficials = (mentions: Official[]): Official[] => {
  const byName = new Map<string, Official>()
  for (const { name, titles } of mentions) {
    const key = foldVietnamese(name)
    const known = byName.get(key)
    if (!known) {
      byName.set(key, { name, titles: [...titles] })
      continue
    }
    const knownTitles = new Set(known.titles.map(foldVietnamese))
    known.titles.push(...titles.filter((title) => !knownTitles.has(foldVietnamese(title))))
  }
  return [...byName.values()]
}
