import { honorificsLength } from './honorifics'
import {
  capitalisedRun,
  capitalsAsTitleCase,
  personInPlaceRun,
  personNameLength,
} from './personNames'
import { placeLevelLength } from './places'
import { startsWithTitleHead } from './readTitles'
import { startsWithStopPhrase } from './stopPhrases'

/**
 * Reads a title ("Chủ tịch UBND thành phố Bắc Kạn") or a department's name ("phòng Giáo dục và
 * Đào tạo") from the start of running text, where the sentence goes on with a verb. It stops at:
 * - punctuation (a comma, a full stop, a bracket…), except a dash between two capitalised words
 *   ("Tài chính - Kế hoạch");
 * - a verb or function word ("chủ trì", "phát biểu", "đã", "bàn"…, see stopPhrases.ts);
 * - any lower-case word once a body is closed by its place or committee: after "UBND tỉnh",
 *   "thành phố Bắc Kạn" or "Tỉnh ủy", only a place name or "viên" ("Tỉnh ủy viên") may follow.
 */

export type PhraseOptions = {
  /** Titles keep the place ("Chủ tịch UBND tỉnh"); department names stop before it. */
  placeLevels: 'include' | 'stop'
  /** Longer than this is not a name the reader understood: nothing is read. */
  maxWords: number
}

const WORD = /\s*([\p{L}\p{N}]+|\S)/uy
const isWord = (token: string) => /^[\p{L}\p{N}]/u.test(token)
const isLowerCase = (token: string) => /^\p{Ll}/u.test(token)
const COMMITTEE_PREFIX = /^(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng|tỉnh|thành|huyện|đảng)$/u
const DASH_THEN_CAPITAL = /^[-–] \p{Lu}/u
const ABBREVIATION_PART = /^\p{Lu}{2,}$/u
/** "Tp.Châu Đốc", "TX.Ninh Hòa": a level's abbreviation glued to the place's name. */
const LEVEL_ABBREVIATION = /^(?:TP|Tp|TX|Tx|TT)$/u
/**
 * "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Tỉnh Bình Phước": a level in capitals before a
 * place's name closes the body like "tỉnh" does; the name after it is the place's.
 */
const CAPITAL_LEVEL = /^(?:Thành phố|TP\.?|Thị xã|Quận|Huyện|Tỉnh)(?= \p{Lu})/u

/** The length of the phrase the text starts with, 0 when there is none. */
export const readNamePhrase = (text: string, options: PhraseOptions): number => {
  let position = 0
  let end = 0
  let words = 0
  let closed = false
  let previous = ''
  for (;;) {
    WORD.lastIndex = position
    const match = WORD.exec(text)
    if (!match) break
    const token = match[1]
    const start = match.index + match[0].length - token.length
    const rest = text.slice(start)
    if (!isWord(token)) {
      // "Tài chính - Kế hoạch" goes on; "Bí thư Đảng ủy – Chủ tịch UBND" is two titles.
      const isTitleAfter =
        options.placeLevels === 'include' && startsWithTitleHead(rest.replace(/^[-–] /u, ''))
      if (words > 0 && DASH_THEN_CAPITAL.test(rest) && !isTitleAfter) {
        position = start + 1
        continue
      }
      // "UV.BTV Tỉnh ủy", "TP.HCM", "UVT.Ư Đảng": a full stop inside an abbreviation in capitals.
      const isInAbbreviation =
        (ABBREVIATION_PART.test(previous) && /^\.\p{Lu}(?!\p{Ll})/u.test(rest)) ||
        (LEVEL_ABBREVIATION.test(previous) && /^\.\p{Lu}/u.test(rest))
      // "Sở TN&MT", "Văn phòng HĐND & UBND": two bodies' initials joined by "&" name one.
      if (token === '&' && ABBREVIATION_PART.test(previous) && /^& ?\p{Lu}{2}/u.test(rest)) {
        position = start + 1
        continue
      }
      if (token === '.' && isInAbbreviation) {
        // After "Tp." the place's name follows, as after "thành phố".
        if (LEVEL_ABBREVIATION.test(previous)) closed = true
        position = start + 1
        continue
      }
      break
    }
    // "Đảng ủy Khối các cơ quan tỉnh": the bloc's committee is named by what it gathers.
    const isBlocMembers = previous === 'Khối' && token === 'các'
    if (isLowerCase(token) && words > 0 && startsWithStopPhrase(rest) && !isBlocMembers) break
    // A person's name ends the title before it: "Chủ tịch UBND huyện Trần Văn A chủ trì".
    if (!isLowerCase(token) && words > 0 && options.placeLevels === 'include') {
      // "… Công an tỉnh Đại tá Nguyễn Văn A": the person's rank, then the person.
      const honorifics = honorificsLength(rest)
      if (honorifics > 0 && personNameLength(rest.slice(honorifics)) > 0) break
      // "Chủ tịch UBND tỉnh NGUYỄN VĂN LONG": a name in capitals is read as one in title case.
      const asName = capitalsAsTitleCase(rest)
      if (closed) {
        // "… UBND TP. Ông X": a new sentence introducing someone.
        if (/^(?:Ông|Bà|Đồng chí|Đ\/c)(?!\p{L})/u.test(rest)) break
        const run = capitalisedRun(asName, () => false)
        const personAt = personInPlaceRun(run.map((entry) => entry.word))
        if (personAt === 0) break
        if (personAt !== undefined) {
          end = start + run[personAt - 1].end
          break
        }
      } else if (personNameLength(asName) > 0) break
    }
    const levelLength = isLowerCase(token)
      ? placeLevelLength(rest)
      : options.placeLevels === 'include'
        ? (CAPITAL_LEVEL.exec(rest)?.[0].length ?? 0)
        : 0
    // "huyện ủy", "tỉnh ủy" in lower case: the committee, not the place.
    const committeeLength =
      levelLength > 0 && /^ ủy(?!\p{L})(?! ban)/u.test(rest.slice(levelLength)) ? 3 : 0
    if (levelLength > 0) {
      if (options.placeLevels === 'stop' && words > 0) break
      closed = true
      position = end = start + levelLength + committeeLength
    } else {
      // "Tỉnh ủy viên", also printed "Tỉnh Ủy viên".
      const afterCommittee = previous.toLowerCase() === 'ủy'
      if (isLowerCase(token) && closed && !(token === 'viên' && afterCommittee)) break
      if ((token === 'viên' || token === 'Khối') && afterCommittee) closed = false
      if (token === 'ủy' && COMMITTEE_PREFIX.test(previous)) closed = true
      position = end = start + token.length
    }
    previous = committeeLength > 0 ? 'ủy' : token
    words += 1
    if (words > options.maxWords) return 0
  }
  return end
}
