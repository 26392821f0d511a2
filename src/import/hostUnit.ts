import type { MeetingKind } from './parsedArticle'
import { findUnitMentions, type Span } from './parseUnits'
import { isDocumentAuthor, isElectedBody, isVenue } from './participatingUnits'
import {
  type ArticlePlaces,
  completePlace,
  findPlaces,
  type Place,
  partyCommitteeOf,
  peoplesCommitteeOf,
  PLACE_LEVEL,
  type PlaceLevel,
  placeText,
  PROPER_NAME,
} from './places'

/**
 * The unit that holds the meeting, as a careful editor would pick it:
 * 1. a council session: the HĐND the title or lead names;
 * 2. a working visit ("… làm việc tại thành phố Bắc Kạn"): the unit visited, or, for a place,
 *    the visitor's counterpart there: a party visitor (Tỉnh ủy, Thường trực Tỉnh ủy, Ban Thường
 *    vụ…) is received by the place's party committee ("Thành ủy Bắc Kạn"), an HĐND by its HĐND,
 *    anyone else by its UBND;
 * 3. a title whose subject is a place ("Thành phố Bắc Kạn họp…", after "Lãnh đạo"): its UBND;
 * 4. the first unit the title names ("Ban Chấp hành Đảng bộ thành phố Bắc Kạn" → "Thành ủy Bắc
 *    Kạn", "…lãnh đạo UBND tỉnh" → "UBND tỉnh");
 * 5. the first unit the lead names outside officials' titles.
 */

/** A party congress is held by the Đảng bộ itself: "Đại hội đại biểu Đảng bộ xã Vĩnh Phú". */
const CONGRESS_OF = new RegExp(
  `(?<!\\p{L})Đại hội (?:đại biểu |Đại biểu )?Đảng bộ (${PLACE_LEVEL})(?: (${PROPER_NAME}))?`,
  'u',
)

const VISIT = /làm việc (?:tại|với) (.+)$/u
const PARTY_VISITOR = /(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy|Ban Thường vụ|Ban Chấp hành|Bí thư/u
const COUNCIL_VISITOR = /HĐND|Hội đồng nhân dân/u
const SUBJECT_PREFIX = /^(?:(?:Tập thể )?[Ll]ãnh đạo|Thường trực) /u

const counterpartIn = (visitor: string, place: Place): string => {
  if (PARTY_VISITOR.test(visitor)) return partyCommitteeOf(place)
  if (COUNCIL_VISITOR.test(visitor)) return `HĐND ${placeText(place)}`
  return peoplesCommitteeOf(place)
}

const visitedUnit = (title: string, places: ArticlePlaces): string | undefined => {
  const visit = VISIT.exec(title)
  if (!visit) return undefined
  const target = visit[1]
  const unit = findUnitMentions(target, places)[0]
  if (unit?.start === 0) return unit.name
  const place = findPlaces(target)[0]
  if (place?.start !== 0) return undefined
  return counterpartIn(title.slice(0, visit.index), completePlace(place, places))
}

const placeAsSubject = (title: string, places: ArticlePlaces): string | undefined => {
  const subject = title.replace(SUBJECT_PREFIX, '')
  const place = findPlaces(subject)[0]
  return place?.start === 0 ? peoplesCommitteeOf(completePlace(place, places)) : undefined
}

export const findHostUnit = ({
  title,
  lead,
  kind,
  places,
  titleExcluded = [],
  leadExcluded = [],
}: {
  title: string
  lead: string
  kind: MeetingKind
  places: ArticlePlaces
  /** Officials' titles in the title and the lead: "Chủ tịch HĐND tỉnh" there hosts nothing. */
  titleExcluded?: Span[]
  leadExcluded?: Span[]
}): string | undefined => {
  const unitsOf = (line: string, excluded: Span[]) =>
    findUnitMentions(line, places, excluded)
      .filter(
        (unit) =>
          !isDocumentAuthor(line, unit.start) &&
          !isVenue(line, unit.start) &&
          !isElectedBody(line, unit.start),
      )
      .map((unit) => unit.name)
  const titleUnits = unitsOf(title, titleExcluded)
  const leadUnits = unitsOf(lead, leadExcluded)
  if (kind === 'congress') {
    const congressOf = [title, lead].map((line) => CONGRESS_OF.exec(line)).find(Boolean)
    if (congressOf) {
      const place = completePlace(
        { level: congressOf[1] as PlaceLevel, ...(congressOf[2] ? { name: congressOf[2] } : {}) },
        places,
      )
      return `Đảng bộ ${placeText(place)}`
    }
  }
  if (kind === 'councilSession') {
    // The standing committee when the article names it: it holds the council's meetings.
    const councils = [...titleUnits, ...leadUnits]
    const council =
      councils.find((name) => name.startsWith('Thường trực HĐND')) ??
      councils.find((name) => name.startsWith('HĐND'))
    if (council) return council
  }
  if (kind === 'workingVisit') {
    const visited = visitedUnit(title, places)
    if (visited) return visited
  }
  return placeAsSubject(title, places) ?? titleUnits[0] ?? leadUnits[0]
}
