import { honorificsBefore, honorificsLength } from './honorifics'
import { capitalsAsTitleCase, isPlaceName, personNameLength } from './personNames'
import { readTitles, startsWithTitleHead, TITLE_HEAD_ANYWHERE } from './readTitles'
import { findSharedTitleLists, withListBody } from './sharedTitleLists'
import { isAbbreviationOf } from './titleInitials'
import { foldVietnamese } from './vietnameseText'

export type Official = { name: string; titles: string[] }

/** One place in a line where an official is named with titles. */
export type OfficialMention = Official & {
  start: number
  end: number
  /** The meeting's chair: "… chủ trì", "dưới sự chủ trì của đồng chí …", co-chairs' first. */
  isChair: boolean
}

/**
 * Officials in running text, titles on either side of the name:
 * - after it, past a hyphen, a dash, a comma or nothing: "Dương Hữu Bường-Tỉnh ủy viên, …",
 *   "Nguyễn Văn Du – Bí thư Tỉnh ủy", "Ngô Văn E Tỉnh ủy viên, Bí thư Huyện ủy";
 * - before it: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn A chủ trì", "đồng chí Phó Chủ
 *   tịch UBND huyện Hoàng Thị D", shared in a list: "các Phó Chủ tịch HĐND tỉnh Lê Thị B, Phạm
 *   Văn C".
 * A name is a family name and two to four syllables (personNames.ts), or, after "đồng chí",
 * "ông", "bà", any two to four capitalised syllables. A name with no title names no official.
 */

/** "đồng chí", "Đ/c", "ông", "bà": a person is named next. */
const INTRODUCER_WORDS = String.raw`[Đđ]ồng chí|[Đđ]\/[Cc]|[Ôô]ng|[Bb]à`
/** Someone introduced: the name that follows may open with a family name not in the list. */
const INTRODUCER = new RegExp(`(?:^|[^\\p{L}])(?:${INTRODUCER_WORDS})\\s$`, 'u')
const SYLLABLE = String.raw`\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}*)?(?!\p{L})`
const INTRODUCED_NAME = new RegExp(`^${SYLLABLE}(?: ${SYLLABLE}){1,3}`, 'u')
/** Position words are capitalised too: "đồng chí Phó Bí thư, …" names no one. */
const NOT_A_NAME_START =
  /^(?:Bí|Chủ|Giám|Phó|Thành|Tỉnh|Huyện|Trưởng|Ủy|Tổng|Thủ|Thứ|Bộ|Chánh|Ban|Sở|Đại|Trung|Chính|Viện|Cục|Chỉ)(?!\p{L})/u
const WORD_START = /(?<![\p{L}\p{N}])\p{Lu}/gu
/** Between a name and the titles after it. */
/** "X, …", "X , …" (a stray space), "X - …", "X (…)" or nothing but a space. */
const AFTER_NAME = /^(?: ?[-–—] ?| ?, ?| \( ?| )/u
/** "(TTXVN)", "(VKSND)": initials in brackets after a name. */
const NAME_NOTE = /^ ?\(\p{Lu}{2,}\)/u
/** Between two names of a list that share the titles before the first. */
const LIST_JOIN = /^(?:, ?| và )$/u
const CHAIRS_AFTER =
  /^\s*(?:,\s*)?(?:đã |cùng |dự và |làm )?(?:đồng )?(?:chủ trì|chủ tọa)(?!\p{L})/u
/**
 * "X cùng các vị trong Ban Thường trực chủ trì hội nghị": co-chairs named as a group, in the same
 * clause; not "X cùng đoàn công tác làm việc với huyện do Y chủ trì", where another chairs.
 */
const CHAIRS_WITH_GROUP = /^ (?:cùng|và) [^,.;:()]{1,80}? (?:đồng )?(?:chủ trì|chủ tọa)(?!\p{L})/u
const OTHER_CHAIR = /(?<!\p{L})(?:do|bởi|của|dưới|sẽ)(?!\p{L})/u
const chairsWithGroup = (rest: string): boolean => {
  const match = CHAIRS_WITH_GROUP.exec(rest)
  return match !== null && !OTHER_CHAIR.test(match[0])
}
/**
 * "dưới sự chủ trì của đồng chí …", "Chủ trì hội nghị: bà …", "Chủ trì Hội nghị, Phó Chủ tịch UBND
 * tỉnh …", "Chủ trì hội nghị có đồng chí …", "Tham dự và chủ trì Hội nghị, có …", "Chủ trì là …",
 * "Tham dự và chủ trì hội nghị là Đ/c …", "Tới dự và chủ trì …", "Đồng chủ trì hội nghị có các đồng chí: …" opening a sentence (the first
 * of them; "…; đồng chủ trì, X" names a co-chair), "được chủ trì bởi đồng chí …".
 */
const CHAIRED_BY_BEFORE =
  /(?:chủ (?:trì|tọa) (?:của|bởi)|(?:^|[.;]\s*)(?:(?:tham |tới |về |đến )?dự và )?chủ (?:trì|tọa)(?: hội nghị| cuộc họp| kỳ họp| phiên họp| buổi làm việc| buổi tiếp xúc| buổi đối thoại| đại hội| hội thảo)?(?::|,? có|,| là)|(?:^|[.]\s*)đồng chủ (?:trì|tọa)(?: hội nghị| kỳ họp| hội thảo)?(?::| có| là))(?:\s*các)?\s*(?:(?:đồng chí|đ\/c|ông|bà)\s*:?\s*)?$/iu
/** "… trúng cử chức vụ …", "… được bầu giữ chức …": a title the sentence gives the person. */
const ELECTED_TO =
  /^,?\s*(?:đã )?(?:tái )?(?:trúng cử|đắc cử|được (?:tín nhiệm )?bầu(?: lại)?(?: giữ| làm| là)?|giữ)(?: (?:chức vụ|chức danh|chức|giữ chức))? /u
/** "… đã bầu ông X làm Chủ tịch UBND xã": after a vote, "làm" or "là" gives the title elected to. */
const VOTED_FOR_BEFORE = /(?<!\p{L})bầu (?:lại )?(?:(?:đồng chí|đ\/c|ông|bà) )?$/iu
const ELECTED_BY_VOTE = /^ (?:làm|là|vào)(?: (?:chức vụ|chức danh|chức))? /u
/** The introducer just before a name. */
const INTRODUCER_BEFORE = new RegExp(`(?<!\\p{L})(?:${INTRODUCER_WORDS}) $`, 'u')
/** What may stand between co-chairs before "đồng chủ trì". */
const CO_CHAIR_GAP = /^[\s,;]*(?:(?:cùng|và|với|các|những)[\s,]+)*$/u

/** A level word, in either case, just before: "Thành phố Hồ Chí Minh" names a city. */
const AFTER_LEVEL = /(?<!\p{L})(?:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường) $/iu

/** A line in capitals (a heading) gives no word boundary between titles and names. */
const hasLowerCase = (line: string) => /\p{Ll}/u.test(line)

const nameAt = (line: string, index: number): number => {
  const rest = line.slice(index)
  const byFamilyName =
    personNameLength(rest, startsWithTitleHead) ||
    (hasLowerCase(line) ? personNameLength(capitalsAsTitleCase(rest), startsWithTitleHead) : 0)
  const isPlace =
    AFTER_LEVEL.test(line.slice(0, index)) &&
    isPlaceName(line.slice(index, index + byFamilyName).split(' '))
  if (byFamilyName > 0 && !isPlace) return byFamilyName
  if (isPlace) return 0
  if (!INTRODUCER.test(line.slice(0, index)) || NOT_A_NAME_START.test(rest)) return 0
  const words = INTRODUCED_NAME.exec(rest)?.[0].split(' ') ?? []
  let length = 0
  for (const word of words) {
    if (startsWithTitleHead(rest.slice(length === 0 ? 0 : length + 1))) break
    length += (length === 0 ? 0 : 1) + word.length
  }
  return words.length >= 2 && length > words[0].length ? length : 0
}

type Found = Official & {
  start: number
  nameStart: number
  nameEnd: number
  end: number
  /** Titles came from before the name, after "các": they may be shared with the next name. */
  isPluralBefore: boolean
}

/** What may stand between titles and the name after them: a space, or ranks and degrees. */
const isGapBeforeName = (gap: string): boolean => {
  if (gap === ' ') return true
  const honorifics = gap.replace(/^ ?, ?| /u, '')
  return honorifics !== gap && honorificsLength(honorifics) === honorifics.length && / $/u.test(gap)
}

/**
 * The titles ending just before the name, read from the earliest head: "Phó Chủ tịch UBND tỉnh
 * Trần Văn A", "Giám đốc Sở Y tế, PGS.TS Lê Văn C".
 */
const titlesBefore = (line: string, nameStart: number, from: number) => {
  const window = line.slice(from, nameStart)
  for (const head of window.matchAll(TITLE_HEAD_ANYWHERE)) {
    const start = from + head.index
    const { titles, length } = readTitles(line.slice(start))
    if (titles.length > 0 && isGapBeforeName(line.slice(start + length, nameStart))) {
      return { titles, start }
    }
  }
  return undefined
}

/** Every official named with titles in a line, in order. */
export const findOfficialMentions = (line: string): OfficialMention[] => {
  const found: Found[] = []
  const sharedLists = findSharedTitleLists(line)
  let consumed = 0
  for (const match of line.matchAll(WORD_START)) {
    const nameStart = match.index
    if (nameStart < consumed) continue
    const length = nameAt(line, nameStart)
    if (length === 0) continue
    const nameEnd = nameStart + length
    const name = line.slice(nameStart, nameEnd)
    const previous = found.at(-1)
    const before = titlesBefore(line, nameStart, consumed)
    const sharesList =
      !before &&
      previous?.isPluralBefore === true &&
      LIST_JOIN.test(line.slice(previous.nameEnd, nameStart))
    const shared = sharedLists.find((list) => nameStart >= list.from && nameStart < list.to)
    let titles = [
      ...(shared?.titles ?? []),
      ...(before?.titles ?? (sharesList && !shared ? previous.titles : [])),
    ]
    let end = nameEnd
    // "Lê Văn An (TTXVN), Bí thư …": an agency's initials in brackets are read past, not kept.
    const afterNote = nameEnd + (NAME_NOTE.exec(line.slice(nameEnd))?.[0].length ?? 0)
    const separator = AFTER_NAME.exec(line.slice(afterNote))
    const afterStart = afterNote + (separator?.[0].length ?? 0)
    const run = separator ? readTitles(line.slice(afterStart)) : { titles: [], length: 0 }
    // "Nguyễn Văn An (Bí thư Huyện ủy) chủ trì": titles in brackets, read when the bracket closes.
    const isBracketed = separator?.[0].includes('(') === true
    const closes = isBracketed && /^ ?\)/u.test(line.slice(afterStart + run.length))
    const after = !isBracketed || closes ? run : { titles: [], length: 0 }
    if (after.titles.length > 0) {
      // Titles that run into the next name are that name's ("…, Chủ tịch UBND huyện Trần Văn C").
      const next = line.slice(afterStart + after.length).replace(/^ /u, '')
      const runsIntoName =
        next !== line.slice(afterStart + after.length) && personNameLength(next) > 0
      const own = runsIntoName ? after.titles.slice(0, -1) : after.titles
      if (own.length > 0) {
        titles = [...titles, ...own]
        end = afterStart + readTitles(line.slice(afterStart)).length
        if (closes) end += /^ ?\)/u.exec(line.slice(end))?.[0].length ?? 0
        if (runsIntoName) {
          const lastTitle = after.titles.at(-1) ?? ''
          end = afterStart + after.length - lastTitle.length
          end = line.slice(0, end).replace(/[\s,]+$/u, '').length
        }
      }
    }
    // "ông X - Phó Bí thư Thị ủy đắc cử chức vụ Chủ tịch UBND Thị xã": the title elected to; so
    // too for "ông X trúng cử chức vụ …", a person introduced with no title yet.
    const isVotedFor = VOTED_FOR_BEFORE.test(line.slice(0, nameStart))
    const elected =
      ELECTED_TO.exec(line.slice(end)) ??
      (isVotedFor ? ELECTED_BY_VOTE.exec(line.slice(end)) : null)
    const isIntroduced = INTRODUCER_BEFORE.test(line.slice(0, nameStart)) || isVotedFor
    if (elected && (titles.length > 0 || isIntroduced)) {
      const run = readTitles(line.slice(end + elected[0].length))
      if (run.titles.length > 0) {
        titles = [...titles, ...run.titles]
        end += elected[0].length + run.length
      }
    }
    // A name read with no titles may be a place's last word and a person's name ("Tỉnh ủy Hải
    // Dương Trần Đức Thắng"): the words after its first are read again.
    titles = withListBody(titles, shared?.body)
    if (titles.length === 0) continue
    consumed = end
    // "với sự chủ trì của đồng chí Thiếu tướng X": the rank and the introducer open the mention.
    const titlesStart = before?.start ?? nameStart
    const withHonorifics = titlesStart - honorificsBefore(line.slice(0, titlesStart))
    const introducer = INTRODUCER_BEFORE.exec(line.slice(0, withHonorifics))
    // The first of a list holds the shared titles' text: "các Phó Chủ tịch UBND tỉnh: X, Y".
    const isFirstListed = shared !== undefined && (previous?.nameStart ?? -1) < shared.from
    const start = isFirstListed ? shared.start : introducer ? introducer.index : withHonorifics
    const isPluralBefore =
      (before !== undefined &&
        /(?:các|những) (?:đồng chí )?$/iu.test(line.slice(0, before.start))) ||
      (sharesList && previous.isPluralBefore)
    found.push({ name, titles, start, nameStart, nameEnd, end, isPluralBefore })
  }
  // Co-chairs listed before "đồng chủ trì": the first of them is the meeting's chair.
  let coChairedUntil = -1
  return found.map((mention, index) => {
    const rest = line.slice(mention.end)
    const base = {
      name: mention.name,
      titles: mention.titles,
      start: mention.start,
      end: mention.end,
    }
    if (mention.start < coChairedUntil) return { ...base, isChair: false }
    const isNamedChair =
      CHAIRS_AFTER.test(rest) ||
      chairsWithGroup(rest) ||
      CHAIRED_BY_BEFORE.test(line.slice(0, mention.start))
    if (isNamedChair) {
      return { ...base, isChair: true }
    }
    const chairIndex = rest.search(/(?<!\p{L})(?:đồng )?chủ (?:trì|tọa)(?!\p{L})/u)
    const listed = found.slice(index + 1).filter((other) => other.end - mention.end <= chairIndex)
    if (chairIndex <= 0 || listed.length === 0) return { ...base, isChair: false }
    let gap = rest.slice(0, chairIndex)
    for (const other of listed) {
      gap =
        gap.slice(0, other.start - mention.end) +
        ' '.repeat(other.end - other.start) +
        gap.slice(other.end - mention.end)
    }
    const isChair = CO_CHAIR_GAP.test(
      gap.replace(/(?:dự và |đã )?(?:đồng )?$/u, '').replace(/ông |bà |đồng chí /gu, ' '),
    )
    if (isChair) coChairedUntil = mention.end + chairIndex
    return { ...base, isChair }
  })
}

/**
 * "Thủ tướng" beside "Thủ tướng Chính phủ" is the same title, shortened; "Chủ tịch Hội LHPN
 * thành phố" beside "Chủ tịch Hội Liên hiệp phụ nữ thành phố" the same, abbreviated.
 */
const withoutShortForms = (titles: string[]): string[] =>
  titles.filter((title) => {
    const folded = foldVietnamese(title)
    return !titles.some(
      (other) => foldVietnamese(other).startsWith(`${folded} `) || isAbbreviationOf(title, other),
    )
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
  return [...byName.values()].map(({ name, titles }) => ({
    name,
    titles: withoutShortForms(titles),
  }))
}
