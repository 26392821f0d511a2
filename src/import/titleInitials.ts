import { foldVietnamese } from './vietnameseText'

/**
 * Whether one title is another with some of its words printed as their initials: "Chủ tịch Hội
 * LHPN thành phố" for "Chủ tịch Hội Liên hiệp phụ nữ thành phố", "Chủ tịch UBTƯ MTTQ Việt Nam"
 * for "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam". Read from the initials, so no table of
 * abbreviations is needed; the editor keeps the full form only.
 */

/** "LHPN", "UBTƯ", "HĐND": two capitals and more, no lower case. */
const ACRONYM = /^\p{Lu}{2,}$/u

const wordsOf = (title: string): string[] => title.split(/[\s,]+/u).filter(Boolean)

/** True when the short title is the long one with at least one run of words abbreviated. */
export const isAbbreviationOf = (short: string, long: string): boolean => {
  const longWords = wordsOf(long).map(foldVietnamese)
  let next = 0
  let hasAcronym = false
  for (const word of wordsOf(short)) {
    const folded = foldVietnamese(word)
    if (folded === longWords[next]) {
      next += 1
      continue
    }
    const spelledOut = longWords.slice(next, next + folded.length)
    const isInitials =
      ACRONYM.test(word) &&
      spelledOut.length === folded.length &&
      spelledOut.every((longWord, index) => longWord.startsWith(folded[index]))
    if (!isInitials) return false
    next += folded.length
    hasAcronym = true
  }
  return hasAcronym && next === longWords.length
}
