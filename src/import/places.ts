import { withoutPerson } from './personNames'
import { foldVietnamese } from './vietnameseText'

/**
 * Places as the articles name them: a level word and a proper name, "thành phố Bắc Kạn",
 * "tỉnh Bắc Kạn", "phường Sông Cầu", and the bodies named after them ("UBND thành phố Bắc Kạn",
 * "Thành ủy Bắc Kạn").
 */

export type PlaceLevel =
  'tỉnh' | 'thành phố' | 'huyện' | 'thị xã' | 'quận' | 'xã' | 'phường' | 'thị trấn'

export type Place = { level: PlaceLevel; name?: string }

/** Longest first, so "thị xã" wins over "xã". */
const PLACE_LEVELS: PlaceLevel[] = [
  'thành phố',
  'thị xã',
  'thị trấn',
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường',
]

/** Below a district, a level word without a name means many places ("UBND xã, phường"). */
export const isCommuneLevel = (level: PlaceLevel): boolean =>
  level === 'xã' || level === 'phường' || level === 'thị trấn'

/** One capitalised word, not an acronym ("Kạn" yes, "UBND" no). */
/** Capitalised words after a place that are not its name: "xã Khóa VI", "tỉnh Lần thứ…". */
const NOT_A_NAME_WORD = String.raw`(?:Khóa|Nhiệm|Lần|Kỳ|Năm|Tháng|Ngày|Về|Tại|Và|Với)(?!\p{L})`
const CAPITALISED_WORD = String.raw`(?!${NOT_A_NAME_WORD})\p{Lu}\p{Ll}*(?!\p{L})`
/** A proper name of one to five capitalised words, or a ward's number: "Bắc Kạn", "10". */
// "Phường 10", "Quận 3": a capitalised level and a number is a ward's or district's name.
export const PROPER_NAME = `(?:(?:Phường|Quận) \\d{1,2}(?![\\d/:%])(?![.,]\\d)|${CAPITALISED_WORD}(?: ${CAPITALISED_WORD}){0,4}|\\d{1,2}(?![\\d/.,:%])(?! \\p{Ll}))`
/** "Hợp tác xã Nông nghiệp Tân Phú" is a cooperative, not a commune. */
const NOT_AFTER = String.raw`(?<![Tt]ác )`
/** A lower-case level word ("xã hội" is not a commune). */
export const PLACE_LEVEL = `${NOT_AFTER}(?:${PLACE_LEVELS.join('|')})(?!\\p{L})(?! hội(?!\\p{L}))`

/**
 * A level word in either case, not a committee's ("Huyện ủy"): after a body's head, "UBND
 * Phường" and "HĐND Thị xã" name the article's own place.
 */
export const ANY_CASE_PLACE_LEVEL = `${NOT_AFTER}(?:${PLACE_LEVELS.map((level) => `[${level[0]}${level[0].toUpperCase()}]${level.slice(1)}`).join('|')})(?!\\p{L})(?! hội(?!\\p{L}))(?! ủy(?!\\p{L}))`

/**
 * After a body's head, "TP" before the city's name is "thành phố" abbreviated: "HĐND TP Hải
 * Phòng". Alone in a sentence "TP" names no place the article is about.
 */
export const BODY_PLACE_LEVEL = `(?:${ANY_CASE_PLACE_LEVEL}|TP(?= \\p{Lu}\\p{Ll}))`

/** The level a printed level word names: "Huyện" is "huyện", "TP" is "thành phố". */
export const levelOfWord = (word: string): PlaceLevel =>
  word === 'TP' ? 'thành phố' : (word.toLowerCase() as PlaceLevel)

const LEVEL_AT_START = new RegExp(`^${PLACE_LEVEL}`, 'u')

/** The length of the level word the text starts with ("thành phố Bắc Kạn" → 9), else 0. */
export const placeLevelLength = (text: string): number => LEVEL_AT_START.exec(text)?.[0].length ?? 0

/** A named place; the level may be capitalised at a sentence start ("Thành phố Bắc Kạn họp"). */
const NAMED_PLACE = new RegExp(`(?<!\\p{L})(${ANY_CASE_PLACE_LEVEL}) (${PROPER_NAME})`, 'gu')

export type PlaceMention = Place & { name: string; start: number; end: number }

/** "phường Phường 10" is "phường 10": a name printing its level again does not repeat it. */
const withoutLevelAgain = (level: PlaceLevel, name: string | undefined): string | undefined => {
  const printed = `${level[0].toUpperCase()}${level.slice(1)} `
  return name?.startsWith(printed) && name.length > printed.length
    ? name.slice(printed.length)
    : name
}

/** Every named place in a line, in order. */
export const findPlaces = (line: string): PlaceMention[] =>
  [...line.matchAll(NAMED_PLACE)].flatMap((match) => {
    // "huyện Nguyễn Thị Phương" in "Phó Chủ tịch HĐND huyện Nguyễn Thị Phương" is no place.
    const name = withoutPerson(match[2])
    if (name === undefined) return []
    const level = match[1].toLowerCase() as PlaceLevel
    const end = match.index + match[1].length + 1 + name.length
    return [{ level, name: withoutLevelAgain(level, name) ?? name, start: match.index, end }]
  })

/** What an article says about its places: the one name for each level, and its own place. */
export type ArticlePlaces = {
  /** A level named with exactly one name in the article ("thành phố" → "Bắc Kạn"). */
  nameByLevel: Map<PlaceLevel, string>
  /** The levels the article names any place of ("xã An Phú", "xã Bình Hòa" → "xã"). */
  namedLevels: Set<PlaceLevel>
  /** The place the article is about: the first named in the title, else in the lead. */
  home?: Place
}

export const articlePlaces = (titleAndLead: string[], allLines: string[]): ArticlePlaces => {
  const namesByLevel = new Map<PlaceLevel, Map<string, string>>()
  for (const place of allLines.flatMap(findPlaces)) {
    const names = namesByLevel.get(place.level) ?? new Map<string, string>()
    if (!names.has(foldVietnamese(place.name))) names.set(foldVietnamese(place.name), place.name)
    namesByLevel.set(place.level, names)
  }
  const nameByLevel = new Map<PlaceLevel, string>()
  for (const [level, names] of namesByLevel) {
    if (names.size === 1) nameByLevel.set(level, [...names.values()][0])
  }
  const home = titleAndLead.map((line) => findPlaces(line)[0]).find(Boolean)
  return {
    nameByLevel,
    namedLevels: new Set(namesByLevel.keys()),
    ...(home ? { home: { level: home.level, name: home.name } } : {}),
  }
}

/** "UBND thành phố" → the place's name when the article names exactly one city. */
export const completePlace = (place: Place, places: ArticlePlaces): Place => {
  const name = withoutLevelAgain(place.level, place.name ?? places.nameByLevel.get(place.level))
  return name ? { level: place.level, name } : { level: place.level }
}

export const placeText = (place: Place): string =>
  place.name ? `${place.level} ${place.name}` : place.level

export const peoplesCommitteeOf = (place: Place): string => `UBND ${placeText(place)}`

const COMMITTEE_BY_LEVEL: Partial<Record<PlaceLevel, string>> = {
  tỉnh: 'Tỉnh ủy',
  'thành phố': 'Thành ủy',
  huyện: 'Huyện ủy',
  'thị xã': 'Thị ủy',
  quận: 'Quận ủy',
}

/**
 * The party committee that leads a place: "Thành ủy Bắc Kạn" for the city, "Đảng ủy xã X" for a
 * commune. The city's Ban Chấp hành Đảng bộ is its Thành ủy.
 */
export const partyCommitteeOf = (place: Place): string => {
  const committee = COMMITTEE_BY_LEVEL[place.level]
  if (!committee) return `Đảng ủy ${placeText(place)}`
  return place.name ? `${committee} ${place.name}` : committee
}

/** "Tỉnh" of "Tỉnh ủy" → the level it leads. */
export const levelOfCommitteePrefix = (prefix: string): PlaceLevel | undefined =>
  (Object.entries(COMMITTEE_BY_LEVEL) as [PlaceLevel, string][]).find(
    ([, committee]) => committee.split(' ')[0] === prefix,
  )?.[0]
