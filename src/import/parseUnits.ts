import { personInPlaceRun, withoutPerson } from './personNames'
import {
  type ArticlePlaces,
  BODY_PLACE_LEVEL,
  completePlace,
  isCommuneLevel,
  levelOfCommitteePrefix,
  levelOfWord,
  PLACE_LEVEL,
  type PlaceLevel,
  partyCommitteeOf,
  placeText,
  PROPER_NAME,
} from './places'
import { readNamePhrase } from './readNamePhrase'
import { startsWithTitleHead } from './readTitles'
import { unitKey } from './unitSpelling'
import { foldVietnamese } from './vietnameseText'

/**
 * The units an article names, as an editor would tag them. A unit is one of:
 * - a body of a place: UBND, HĐND, Ủy ban MTTQ / Mặt trận Tổ quốc, Công an, Cơ quan Quân sự,
 *   Ban/Bộ Chỉ huy Quân sự, Văn phòng UBND/HĐND + a level (+ a name): "UBND thành phố Bắc Kạn",
 *   "Văn phòng UBND tỉnh". "Ủy ban nhân dân" is written UBND, "Hội đồng nhân dân" HĐND.
 * - a party committee: Tỉnh ủy, Thành ủy, Huyện ủy, Thị ủy, Quận ủy (+ a name), Đảng ủy + a
 *   commune; "Ban Thường vụ"/"BTV" + committee stays a unit of its own ("Ban Thường vụ Tỉnh
 *   ủy"); "Thường trực Tỉnh ủy" is the Tỉnh ủy. A place's Đảng bộ and its Ban Chấp hành are its
 *   committee: "Ban Chấp hành Đảng bộ thành phố Bắc Kạn" → "Thành ủy Bắc Kạn".
 * - a department: phòng / Ban / Sở + a capitalised name, up to the place or the verb ("phòng Nội vụ
 *   thành phố thông qua" → "phòng Nội vụ"); "phòng" is written in lower case, as in running text.
 * - a commune or ward: xã / phường / thị trấn + a name, lists split: "phường Sông Cầu và Nguyễn
 *   Thị Minh Khai" → "phường Sông Cầu", "phường Nguyễn Thị Minh Khai".
 * A bare level is completed with the one name the article gives that level ("UBND thành phố" →
 * "UBND thành phố Bắc Kạn", "Thành ủy" → "Thành ủy Bắc Kạn"); a commune level without a name means
 * many communes ("UBND xã, phường") and is no unit; a bare "Mặt trận Tổ quốc" is generic too. A
 * bare "Công an" or "Cơ quan Quân sự" opening a sentence is the one of the article's own place.
 * Units inside an official's titles ("Chủ tịch HĐND tỉnh") are not collected: the official's
 * positions carry them.
 */

export type Span = { start: number; end: number }
export type UnitMention = Span & { name: string }

/** Longest first: the pattern takes the first head that matches. */
const BODY_HEADS = [
  'Văn phòng HĐND và UBND',
  'Văn phòng HĐND - UBND',
  'Văn phòng HĐND – UBND',
  'Văn phòng HĐND-UBND',
  'Văn phòng HĐND&UBND',
  'Văn phòng HĐND & UBND',
  'Văn phòng UBND',
  'Văn phòng HĐND',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Văn phòng Đoàn ĐBQH và HĐND',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân',
  'Văn phòng Ủy ban nhân dân',
  'Văn phòng Hội đồng nhân dân',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  // The Front's standing board is a unit of its own, as "Thường trực HĐND" is the council's.
  'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ban Thường trực Ủy ban Mặt trận Tổ quốc',
  'Ban Thường trực Ủy ban MTTQ Việt Nam',
  'Ban Thường trực Ủy ban MTTQ',
  'Ban Thường trực UBMTTQ',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Ủy ban MTTQ Việt Nam',
  'Ủy ban MTTQ',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'MTTQ Việt Nam',
  'Ủy ban MTTQVN',
  'UBMTTQ Việt Nam',
  'UBMTTQVN',
  'UBMTTQ',
  'Thường trực HĐND',
  'Thường trực Hội đồng nhân dân',
  // The appeal courts and procuracies sit in three cities: "… cấp cao tại Thành phố Hồ Chí Minh".
  'Tòa án nhân dân cấp cao tại',
  'Viện kiểm sát nhân dân cấp cao tại',
  'Tòa án nhân dân',
  'Viện kiểm sát nhân dân',
  // The courts' and procuracies' abbreviations: "VKSND huyện Kông Chro", "TAND tỉnh".
  'Viện KSND',
  'VKSND',
  'TAND',
  'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Đoàn Thanh niên',
  'Liên đoàn Lao động',
  'UBND',
  'HĐND',
  'Công an',
  'Cơ quan Quân sự',
  'Ban Chỉ huy Quân sự',
  'Bộ Chỉ huy Quân sự',
  // Bodies every province, district and commune has, named with their place.
  'Đoàn đại biểu Quốc hội',
  'Thanh tra',
  'Hội Chữ thập đỏ',
  'Hội Người cao tuổi',
  'Hội Khuyến học',
  'Hội Cựu Thanh niên xung phong',
  'Hội Cựu giáo chức',
  'Hội Doanh nghiệp',
  'Hội Luật gia',
  'Hội Nạn nhân chất độc da cam',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Đoàn TNCS Hồ Chí Minh',
  'Kho bạc Nhà nước',
  'Bảo hiểm xã hội',
  'Ngân hàng Chính sách xã hội',
  'Trung tâm Y tế',
  'Ban Quản lý dự án',
  // Written with their later words in lower case as often as not: "Ban tiếp công dân thị xã".
  'Ban Tiếp công dân',
  'Trạm Y tế',
  'Trung tâm Chính trị',
  'TTCT',
  'Trung tâm Văn hóa - Thể thao',
  'Trung tâm Văn hóa, Thông tin và Thể thao',
  'Trung tâm Dịch vụ nông nghiệp',
  'Trung tâm Phát triển quỹ đất',
  'Chi cục Thuế',
  'Chi cục Thống kê',
  'Chi cục Thi hành án dân sự',
  'Ban Chỉ huy Công an',
  // The mass organisations' and services' abbreviations: "Hội LHPN huyện", "LĐLĐ tỉnh".
  'Hội LHPN',
  'Hội CCB',
  'LĐLĐ',
  'BHXH',
  'Bộ Chỉ huy Bộ đội Biên phòng',
  'Bộ đội Biên phòng',
  'Điện lực',
  'Bưu điện',
  'Hội Liên hiệp Thanh niên',
  'Hội Sinh viên',
  'Hội Làm vườn',
  'Hội Đông y',
  'Hội Người mù',
  'Liên minh Hợp tác xã',
  'Hội Phụ nữ',
  // The commune's forces and associations abbreviated: "BCH Quân sự xã", "Đoàn TN xã", "Hội ND xã".
  'BCH Quân sự',
  'BCHQS',
  'Ban CHQS',
  'BCH Công an',
  'Đoàn TN',
  'Hội ND',
  'Đài Truyền thanh',
  'Đài Phát thanh và Truyền hình',
  'Trung tâm Truyền thông',
  // The party committees of a place's bodies: "Đảng ủy Quân sự huyện", "Đảng ủy Khối cơ quan tỉnh".
  'Đảng ủy Quân sự',
  'Đảng ủy Công an',
  'Đảng ủy Khối các cơ quan',
  'Đảng ủy Khối cơ quan',
  'Đảng ủy Khối Doanh nghiệp',
  'Đảng ủy Khối Dân chính Đảng',
]
/** A body's name as portals print it, its later words' first letter in either case. */
const anyCase = (head: string) =>
  head
    .split(' ')
    .map((word, index) =>
      index === 0 || !/^\p{L}/u.test(word)
        ? word
        : `[${word[0].toLowerCase()}${word[0].toUpperCase()}]${word.slice(1)}`,
    )
    .join(' ')
/**
 * "văn phòng HĐND&UBND", "công an xã", "ban chỉ huy quân sự xã", "trạm y tế xã": the office and
 * the commune's forces, services and associations are often written in lower case in running
 * text; they are read so only with their level ("công an" alone is the police at large).
 */
const LOWER_CASE_OPENING =
  /^(?:Văn phòng|Công an|Ban Chỉ huy|Hội Nông dân|Hội Cựu chiến binh|Hội Liên hiệp Phụ nữ|Hội Phụ nữ|Đoàn Thanh niên|Trạm Y tế|Hội Chữ thập đỏ|Hội Người cao tuổi|Hội Khuyến học|Trung tâm Y tế)(?!\p{L})/u
const lowerOpening = (head: string) =>
  LOWER_CASE_OPENING.test(head) ? `[${head[0].toLowerCase()}${head[0]}]${head.slice(1)}` : head
const HEAD_SPELLING: Record<string, string> = {
  'Ủy ban nhân dân': 'UBND',
  'Hội đồng nhân dân': 'HĐND',
  'Thường trực Hội đồng nhân dân': 'Thường trực HĐND',
}
/** "UBND xã, phường", "UBND xã và các thôn": the level word names many places. */
const MANY_PLACES_AFTER =
  /^\s*(?:,|và|\/)\s*(?:các )?(?:xã|phường|thị trấn|thôn|tổ|khu phố|ấp|bản)(?!\p{L})/u
/** "VKSND tỉnh, thành phố", "UBND huyện, thị xã": a bare level listed with another is many places. */
const MANY_LEVELS_AFTER =
  /^\s*(?:,|và|\/)\s*(?:tỉnh|thành phố|huyện|thị xã|quận)(?!\p{L})(?! \p{Lu})/u
/** The office of a place's council and committee, which no other body of the place shares. */
const JOINT_OFFICE =
  /^[Vv]ăn [Pp]hòng (?:HĐND ?(?:và|-|–|&) ?UBND|[Hh]ội [Đđ]ồng [Nn]hân [Dd]ân và [Ủủ]y [Bb]an [Nn]hân [Dd]ân)$/u
/**
 * "Phòng Tổ chức - Hành chính các Sở, ngành", "Văn phòng HĐND và UBND các huyện": one office in
 * each of many bodies or places, no one unit (a group of one body at one level is read apart).
 */
const OF_MANY_OWNERS = new RegExp(
  `^ (?:các|những) (?:${PLACE_LEVEL}|[Ss]ở|[Bb]an|ngành|đơn vị|cơ quan|địa phương|[Pp]hòng)(?!\\p{L})`,
  'u',
)
/** "các huyện, thị xã", "thuộc huyện, thị xã, thành phố": a level word listed for many places. */
const LEVELS_LISTED = `(?:các ${PLACE_LEVEL}(?:(?:, | và )${PLACE_LEVEL})*|thuộc (?:các )?${PLACE_LEVEL}(?:(?:, | và )${PLACE_LEVEL})+)`
const MANY_LEVELS_LISTED = new RegExp(`^ ${LEVELS_LISTED}`, 'u')
/** Heads that stand for the article's own place when they open a sentence without one. */
const LOCAL_FORCES = new Set(['Công an', 'Cơ quan Quân sự'])

/** "Hội Liên hiệp Phụ nữ (LHPN) tỉnh": the body's abbreviation, printed once, is not its name. */
const ABBREVIATION_AFTER_HEAD = String.raw`(?: \(\p{Lu}{2,}\))?`
/** "UBND Quận 3.", "HĐND Phường 10 khóa XII": after a capitalised level, a number is the name. */
const CAPITALISED_LEVEL_NUMBER = String.raw`(?<=(?:Phường|Quận) )\d{1,2}(?![\d/:%])(?![.,]\d)`
const PLACE_BODY = new RegExp(
  `(?<!\\p{L})(${BODY_HEADS.map(lowerOpening).map(anyCase).join('|')})(?!\\p{L})${ABBREVIATION_AFTER_HEAD}(?: (${BODY_PLACE_LEVEL})(?: (${PROPER_NAME}|${CAPITALISED_LEVEL_NUMBER}))?)?`,
  'gu',
)
const COMMITTEE = new RegExp(
  `(?<!\\p{L})(?:(Ban Thường vụ|BTV|Thường trực|Ban Chấp hành|Văn phòng|Ủy ban Kiểm tra|UBKT) )?(Tỉnh|Thành|Huyện|Thị|Quận) ủy(?!\\p{L})(?! viên)(?: (${PROPER_NAME}))?`,
  'gu',
)
/**
 * The Youth Union's committee of a place, named as its party committee is: "Huyện đoàn Mỹ Lộc",
 * "Tỉnh Đoàn Bình Thuận", "Xã đoàn Vĩnh Hanh". The level is capitalised ("xã đoàn kết" is no
 * committee) and a capitalised name, or nothing, follows.
 */
const YOUTH_COMMITTEE = new RegExp(
  `(?<!\\p{L})((?:Tỉnh|Thành|Huyện|Thị|Quận|Xã|Phường) [đĐ]oàn)(?!\\p{L})(?: (${PROPER_NAME}))?(?= |$|[,.;:)])`,
  'gu',
)

const youthCommittees = (line: string): UnitMention[] =>
  [...line.matchAll(YOUTH_COMMITTEE)].map((match) => {
    const placeName = withoutPerson(match[2])
    return {
      ...spanOf(match, match[2], placeName),
      name: placeName ? `${match[1]} ${placeName}` : match[1],
    }
  })

/** A committee's own organs, abbreviations written out. */
const COMMITTEE_ORGANS: Record<string, string> = { BTV: 'Ban Thường vụ', UBKT: 'Ủy ban Kiểm tra' }
/** "Ban Thường vụ Đảng ủy phường X" is the committee's standing board, a unit of its own. */
const PARTY_OF_PLACE = new RegExp(
  `(?<!\\p{L})(?:(Ban Chấp hành|Ban Thường vụ|BTV) )?Đảng (?:bộ|ủy) (${PLACE_LEVEL})(?: (${PROPER_NAME}))?`,
  'gu',
)
/** "Trường THCS Nguyễn Du", "Trường Chính trị tỉnh": a school by its kind, "Trường Phú" being a commune. */
const SCHOOL_KIND = String.raw`(?:THCS|THPT|TH|MN|PTDTBT|PTDTNT|PTDTBT-THCS|Tiểu học|Trung học|Mầm non|Mẫu giáo|Phổ thông|Chính trị|Đại học|Cao đẳng|Trung cấp)(?![\p{L}\p{N}])`
/** "Đồn Biên phòng Sơn Hải": a border post; "Biên phòng" alone is no "phòng". */
// "Tiểu ban Văn kiện", "Tiểu ban Chỉ đạo Đề án …": a congress’s or a programme’s sub-board, named as a department.
const DEPARTMENT = new RegExp(
  String.raw`(?<!\p{L})(?<!(?:[Vv]ăn|[Qq]uốc|[Dd]ự|[Bb]iên) )(phòng|Phòng|Tiểu ban|Ban|Sở|Trung tâm|Chi cục|Cục|Tổng cục|Bộ|Bệnh viện|Hạt|Hợp tác xã|HTX|Công ty|Đội|Điện lực|Văn phòng(?= (?:Điều phối|Đăng ký|Công chứng))|Trường(?= ${SCHOOL_KIND})|Đồn(?= Biên phòng)) (?=\p{Lu})`,
  'gu',
)
/**
 * "Ban Công tác Mặt trận và nhân dân các khối phố": the Front's board of a hamlet or block, one in
 * each; without the hamlet's name it is many, no unit.
 */
const HAMLET_BOARD =
  /^[Cc]ông tác [Mm]ặt trận(?!(?: [\p{L}\d]+){0,3}? (?:thôn|ấp|bản|khu phố|khối phố|khối|tổ dân phố|khu dân cư|làng|xóm) (?:\p{Lu}|\d))/u
/** Party organs and military commands, read by the patterns above. */
const NOT_A_DEPARTMENT = /^(?:Thường vụ|Thường trực|Chấp hành|Chỉ huy)(?!\p{L})/u
/** "Bộ Chính trị" is named in titles and as documents' author, a ministry's name is not. */
const NOT_A_MINISTRY = /^Chính trị(?!\p{L})/u
const DEPARTMENT_OPTIONS = { placeLevels: 'stop', maxWords: 10 } as const
/** "Phòng GD&ĐT", "Sở TN&MT", "Phòng LĐ-TB&XH": a department's fields abbreviated and joined. */
const ABBREVIATED_NAME = /^\p{Lu}{1,6}(?:[&\-–]\p{Lu}{1,6})+(?![\p{L}\p{N}])/u
const COMMUNES = new RegExp(
  `(?<!\\p{L})(?<![Tt]hị )(?<![Tt]ác )(phường|Phường|xã|Xã|thị trấn|Thị trấn) (${PROPER_NAME}(?:(?:, | và )${PROPER_NAME})*)`,
  'gu',
)
const LIST_SEPARATOR = /, | và /u
/** A capitalised word that opens another unit, not a commune's name. */
const NOT_A_PLACE_NAME = /^(?:Đảng|Ban|Sở|Ủy|Tỉnh|Thành|Huyện|Hội|Mặt|Văn)(?!\p{L})/u

/** The match's span, shortened when a person's name was cut from its end. */
const spanOf = (match: RegExpExecArray, name: string | undefined, kept: string | undefined) => {
  const cut = name === undefined ? 0 : name.length - (kept === undefined ? -1 : kept.length)
  return { start: match.index, end: match.index + match[0].length - cut }
}

const opensSentence = (before: string): boolean => /(?:^|[.;:!?])\s*$/u.test(before)

const placeBodies = (line: string, places: ArticlePlaces): UnitMention[] =>
  [...line.matchAll(PLACE_BODY)].flatMap((match) => {
    // "văn phòng HĐND&UBND" in running text is the office's name, written capitalised.
    const head = HEAD_SPELLING[match[1]] ?? `${match[1][0].toUpperCase()}${match[1].slice(1)}`
    const level = match[2] === undefined ? undefined : levelOfWord(match[2])
    const placeName = withoutPerson(match[3])
    const span = spanOf(match, match[3], placeName)
    if (level) {
      const place = completePlace({ level, ...(placeName ? { name: placeName } : {}) }, places)
      // "UBND xã, phường" is many communes; "UBND Phường", or "UBND phường" in an article naming
      // one ward, the article's own.
      // So is "UBND phường" in an article naming no commune at all: it is about its own.
      const isOwnPlace =
        match[2] !== level ||
        place.name !== undefined ||
        ![...places.namedLevels].some((named) => isCommuneLevel(named))
      if (isCommuneLevel(level) && !isOwnPlace) return []
      if (isCommuneLevel(level) && MANY_PLACES_AFTER.test(line.slice(span.end))) return []
      if (!placeName && MANY_LEVELS_AFTER.test(line.slice(span.end))) return []
      return [{ ...span, name: `${head} ${placeText(place)}` }]
    }
    if (LOCAL_FORCES.has(head) && places.home && opensSentence(line.slice(0, match.index))) {
      return [{ ...span, name: `${head} ${placeText(completePlace(places.home, places))}` }]
    }
    // "Hội nghị nghe Văn phòng HĐND&UBND trình bày": one joint office per place, the article's.
    if (JOINT_OFFICE.test(head) && !OF_MANY_OWNERS.test(line.slice(span.end))) {
      return [{ ...span, name: head }]
    }
    return []
  })

const committees = (line: string, places: ArticlePlaces): UnitMention[] =>
  [...line.matchAll(COMMITTEE)].flatMap((match) => {
    const level = levelOfCommitteePrefix(match[2])
    if (!level) return []
    const placeName = withoutPerson(match[3])
    const committee = partyCommitteeOf(
      completePlace({ level, ...(placeName ? { name: placeName } : {}) }, places),
    )
    const prefix = COMMITTEE_ORGANS[match[1]] ?? match[1]
    const isOrgan =
      prefix === 'Ban Thường vụ' || prefix === 'Văn phòng' || prefix === 'Ủy ban Kiểm tra'
    const name = isOrgan ? `${prefix} ${committee}` : committee
    return [{ ...spanOf(match, match[3], placeName), name }]
  })

/** ", Bí thư …", " - Chủ tịch …": the person's titles follow, so the name was the person's. */
const TITLES_AFTER = /^\s*(?:,|[-–—])\s*/u

/**
 * "Đảng ủy xã Đào Hữu Cảnh triển khai …": a commune named after a person, as many are. The whole
 * name reads as a person's, but no titles follow it, so it is the commune's.
 */
const communeNamedAfterPerson = (
  line: string,
  match: RegExpExecArray,
  level: PlaceLevel,
): string | undefined => {
  const name = match[3]
  if (!name || !isCommuneLevel(level) || withoutPerson(name) !== undefined) return undefined
  const after = line.slice(match.index + match[0].length)
  const separator = TITLES_AFTER.exec(after)
  const hasTitles = separator !== null && startsWithTitleHead(after.slice(separator[0].length))
  return hasTitles || startsWithTitleHead(after.trimStart()) ? undefined : name
}

const partiesOfPlaces = (line: string, places: ArticlePlaces): UnitMention[] =>
  [...line.matchAll(PARTY_OF_PLACE)].flatMap((match) => {
    const level = match[2] as PlaceLevel
    const placeName = communeNamedAfterPerson(line, match, level) ?? withoutPerson(match[3])
    if (isCommuneLevel(level) && !placeName) return []
    const place = completePlace({ level, ...(placeName ? { name: placeName } : {}) }, places)
    const committee = partyCommitteeOf(place)
    const isStandingBoard = match[1] === 'Ban Thường vụ' || match[1] === 'BTV'
    return [
      {
        ...spanOf(match, match[3], placeName),
        name: isStandingBoard ? `Ban Thường vụ ${committee}` : committee,
      },
    ]
  })

/**
 * Bodies listed before one that names the place share it: "Đảng ủy, HĐND, UBND xã Trường Phú",
 * "Hội đồng nhân dân-Ủy Ban mặt trận Tổ quốc Việt Nam thị trấn X" (later words in either case).
 */
const LISTED_HEADS = [
  ...[
    'Thường trực Hội đồng nhân dân',
    'Thường trực HĐND',
    'Đảng ủy',
    'Ủy ban Mặt trận Tổ quốc Việt Nam',
    'Ủy ban Mặt trận Tổ quốc',
    'Ủy ban MTTQ Việt Nam',
    'Ủy ban MTTQ',
  ].map(anyCase),
  // "UBMTTQ Việt Nam", "Thường trực UB. MTTQ": the front's committee in its short spellings.
  '(?:Thường trực )?UB\\.? ?MTTQ(?: ?Việt Nam| ?VN)?',
  'MTTQ',
  ...['Ủy ban nhân dân', 'Hội đồng nhân dân'].map(anyCase),
  'UBND',
  'HĐND',
].join('|')
const LIST_JOIN = String.raw`\s*(?:,|-|–|và)\s*`
/**
 * "người đứng đầu cấp ủy - HĐND - UBND thị trấn X": "cấp ủy" opening a list that prints the
 * place is the place's party committee ("cấp ủy, chính quyền các cấp" is any).
 */
const PARTY_COMMITTEE_WORD = '(?<!các )[Cc]ấp\\s+ủy'
const SHARED_PLACE = new RegExp(
  `(?<!\\p{L})((?:(?:${LISTED_HEADS}|${PARTY_COMMITTEE_WORD})${LIST_JOIN})+)(${LISTED_HEADS}) (${PLACE_LEVEL})(?: (${PROPER_NAME}))?`,
  'gu',
)
const LISTED_HEAD = new RegExp(`(?:${LISTED_HEADS}|${PARTY_COMMITTEE_WORD})`, 'gu')

const sharedPlaceBodies = (line: string, places: ArticlePlaces): UnitMention[] =>
  [...line.matchAll(SHARED_PLACE)].flatMap((match) => {
    const level = match[3] as PlaceLevel
    const placeName = withoutPerson(match[4])
    // "UBND xã, phường" is every commune; "Đảng ủy, HĐND, UBND xã" the article's own.
    const isManyCommunes = /^,? (?:xã|phường|thị trấn)(?!\p{L})/u.test(
      line.slice(match.index + match[0].length),
    )
    if (isCommuneLevel(level) && !placeName && isManyCommunes) return []
    const place = placeText(
      completePlace({ level, ...(placeName ? { name: placeName } : {}) }, places),
    )
    // The last head too: "Đảng ủy và Ủy ban nhân dân phường" are both the ward's.
    const last = { start: match.index + match[1].length, text: match[2] }
    return [
      ...[...match[1].matchAll(LISTED_HEAD)].map((head) => ({
        start: match.index + head.index,
        text: head[0],
      })),
      last,
    ].map(({ start, text }) => ({
      start,
      end: start + text.length,
      name: `${HEAD_SPELLING[text] ?? text} ${place}`,
    }))
  })

/**
 * "Thường trực HĐND, Thường trực Ủy ban MTTQ, các đoàn thể của phường.": bodies listed bare, the
 * list's last item printing the level they share. The first level word of the clause must end
 * it: "UBND, các thôn của xã An Phú" names no level for the UBND, "các xã" many places.
 */
// "Thường trực Ủy ban MTTQ" is the front's standing board, kept as printed.
const BARE_LISTED_HEAD = new RegExp(
  `(?<!\\p{L})(?:Thường trực )?(?:${LISTED_HEADS})(?=(?:,| và) )`,
  'gu',
)
const LEVEL_WORD = new RegExp(`(?<!\\p{L})${PLACE_LEVEL}`, 'u')
const ENDS_THE_LIST = /^\s*(?:[,.;]|$)/u
const CLAUSE_LENGTH = 160

const bodiesSharingLastLevel = (line: string, places: ArticlePlaces): UnitMention[] =>
  [...line.matchAll(BARE_LISTED_HEAD)].flatMap((match) => {
    const end = match.index + match[0].length
    const clause = line.slice(end, end + CLAUSE_LENGTH).split(/[.;:]/u)[0]
    const level = LEVEL_WORD.exec(clause)
    if (!level || clause.slice(0, level.index).endsWith('các ')) return []
    const after = clause.slice(level.index + level[0].length)
    if (!ENDS_THE_LIST.test(after) || MANY_PLACES_AFTER.test(after)) return []
    // "Thường trực HĐND, các đoàn thể và UBND xã": a head printed again before the level is no list's.
    if (new RegExp(`(?:${LISTED_HEADS}) $`, 'u').test(clause.slice(0, level.index))) return []
    const place = completePlace({ level: level[0] as PlaceLevel }, places)
    return [
      {
        start: match.index,
        end,
        name: `${HEAD_SPELLING[match[0]] ?? match[0]} ${placeText(place)}`,
      },
    ]
  })

/**
 * "đại diện UBMTTQVN, các hội đoàn thể, BCH quân sự, BCH công an, Trạm y tế, cán bộ phường": in
 * an article about a commune, the bodies every commune has, listed bare, are the commune's own,
 * kept as printed. Not "Công an", which alone is the police at large.
 */
const COMMUNE_BODY_LISTED_BARE = new RegExp(
  `(?<=(?:^|, |; |đại diện |và ))(?:${[
    'BCH Quân sự',
    'BCH Công an',
    'Ban Chỉ huy Quân sự',
    'Ban Chỉ huy Công an',
    'Trạm Y tế',
  ]
    .map(anyCase)
    .join(
      '|',
    )}|UB\\.? ?MTTQ(?: ?Việt Nam| ?VN)?|${anyCase('Ủy ban MTTQ')}(?: Việt Nam)?)(?=, | và )`,
  'gu',
)

/**
 * The article is about a commune: it names one commune ("phường Hải Châu I") and no other of its
 * level, its lead citing a city's letter or not.
 */
const isAboutCommune = (places: ArticlePlaces): boolean =>
  [...places.nameByLevel.keys()].some((level) => isCommuneLevel(level))

const communeBodiesListedBare = (line: string, places: ArticlePlaces): UnitMention[] =>
  isAboutCommune(places)
    ? [...line.matchAll(COMMUNE_BODY_LISTED_BARE)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        name: match[0],
      }))
    : []

/** A venue: "tại Trung tâm Hội nghị quốc gia" is where, not who. */
const AFTER_AT = /(?<!\p{L})tại\s*$/u

/** "Sở Văn hóa, Thể thao và Du lịch": the fields of a department's name, listed with commas. */
const LISTED_FIELDS = /^(?:, \p{Lu}\p{Ll}*(?: \p{Ll}+)?)+ và \p{Lu}\p{Ll}*(?: \p{Ll}+)?(?!\p{L})/u

/** "Tổng cục Chính trị và Bộ Tư pháp": a second department joined by "và" is not in the name. */
// "Trường Mầm non Hoa Sen và UBND xã Trường Phú": nor is a body of a place or a party committee.
const ANOTHER_DEPARTMENT = new RegExp(
  String.raw`\s+và\s+(?:(?:Bộ|Sở|Ban|Phòng|Cục|Tổng cục|Chi cục|Trung tâm|Bệnh viện|Hạt|Hợp tác xã|HTX|Công ty|Đội|Trường|Đồn)\s+\p{Lu}|(?:${BODY_HEADS.map(anyCase).join('|')}|(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy)(?!\p{L})).*$`,
  'u',
)

/**
 * "Ban Tuyên giáo dự", "Bộ Tư pháp tổ chức", "Bộ Ngoại giao thông tin chuyên đề": a name whose
 * last field is in lower case runs on into the verb after it, which is not the name's, or into
 * the person introduced after it ("Công ty Minh Phát ông …").
 */
const VERB_AFTER_NAME =
  /\s+(?:dự(?! (?:án|kiến|thảo|toán|báo|phòng|trữ|bị|thi)(?!\p{L}))|(?:trực )?thuộc|tham dự|đến dự|về dự|tổ chức|làm việc|phối hợp|chủ trì|tham gia|báo cáo|trình bày|thông qua|phát biểu|đã|vừa|sẽ|thông tin(?!(?: và|,| -))|ông|bà|đồng chí|phát động|ký kết|tuyên truyền|khảo sát|giám sát|tiếp nhận|ban hành|tập huấn|ra mắt|khánh thành|trao|tặng|tổng kết|sơ kết|khai mạc)(?!\p{L}).*$/u

const TRAILING_NUMBER = /(?:\s+năm\s+\d{4}|(?<=\p{Lu}{2,})\s+\d+)$/u

/** "Phòng Tài nguyên và môi trường thị xã": a field in lower case, known as the name's by the level after it. */
const LOWER_CASE_FIELD = new RegExp(`^ và \\p{Ll}+(?: \\p{Ll}+)?(?= ${PLACE_LEVEL})`, 'u')
const LEVEL_AFTER_NAME = new RegExp(`^ (${PLACE_LEVEL})(?: (${PROPER_NAME}))?`, 'u')

/**
 * "Ban Chỉ đạo phòng, chống tham nhũng tỉnh", "Ban Quản lý dự án đầu tư xây dựng huyện": boards
 * whose names run on in lower case, read up to the level that ends them.
 */
const LOWER_CASE_BOARD = /^(?:Chỉ đạo|Quản lý)(?!\p{L})/u
const BOARD_RUNS_ON = new RegExp(
  `^,? (?!${PLACE_LEVEL})(?!(?:và|của|cùng|đã|vừa)(?!\\p{L}))\\p{Ll}`,
  'u',
)
// Not past another unit: "Ban Quản lý chợ, UBND huyện" ends at the comma.
const BOARD_UP_TO_LEVEL = new RegExp(
  `^(?:Chỉ đạo|Quản lý)(?:(?!, (?:\\p{Lu}|và )| và \\p{Lu})[^.;:()]){0,80}?(?= ${PLACE_LEVEL})`,
  'u',
)

/**
 * "Ban Dân vận Huyện ủy Nguyễn Văn A", "xã Tân An Lê Văn B": a person's name printed right after a
 * body's capitalised name, no comma between, is the person's, not the body's; the name is cut
 * before it (emptied when the whole name reads as a person's).
 */
const withoutTrailingPerson = (name: string): string => {
  const words = name.split(' ')
  let runStart = words.length
  while (runStart > 0 && /^\p{Lu}\p{Ll}*$/u.test(words[runStart - 1])) runStart -= 1
  const personAt = personInPlaceRun(words.slice(runStart))
  return personAt === undefined ? name : words.slice(0, runStart + personAt).join(' ')
}

const departments = (line: string, places: ArticlePlaces): UnitMention[] =>
  [...line.matchAll(DEPARTMENT)].flatMap((match) => {
    if (match[1] === 'Trung tâm' && AFTER_AT.test(line.slice(0, match.index))) return []
    const nameStart = match.index + match[0].length
    // Read up to a second unit joined by "và": a long pair is past the reader's length.
    const rest = line.slice(nameStart).replace(ANOTHER_DEPARTMENT, '')
    if (NOT_A_DEPARTMENT.test(rest)) return []
    if (match[1] === 'Ban' && HAMLET_BOARD.test(rest)) return []
    if (match[1] === 'Bộ' && NOT_A_MINISTRY.test(rest)) return []
    const isLowerCaseBoard = LOWER_CASE_BOARD.test(rest)
    const board = isLowerCaseBoard ? BOARD_UP_TO_LEVEL.exec(rest)?.[0].length : undefined
    const phrase =
      board ?? ABBREVIATED_NAME.exec(rest)?.[0].length ?? readNamePhrase(rest, DEPARTMENT_OPTIONS)
    if (phrase === 0) return []
    // "Ban Chỉ đạo phòng, chống tham nhũng" without its level: where the name ends is unsure.
    if (isLowerCaseBoard && board === undefined && BOARD_RUNS_ON.test(rest.slice(phrase))) return []
    const listed = phrase + (LISTED_FIELDS.exec(rest.slice(phrase))?.[0].length ?? 0)
    const length = listed + (LOWER_CASE_FIELD.exec(rest.slice(listed))?.[0].length ?? 0)
    const head = match[1] === 'Phòng' ? 'phòng' : match[1]
    // "Ban HĐND 19 xã", "Ban HĐND năm 2020": a count or a year after the name is not in it
    // ("Chi cục Kiểm lâm vùng 3" keeps its number).
    const read = rest.slice(0, length).replace(VERB_AFTER_NAME, '').replace(TRAILING_NUMBER, '')
    // A school is named after a person as often as not: "Trường THCS Lê Quý Đôn".
    const name = match[1].startsWith('Trường') ? read : withoutTrailingPerson(read)
    if (name === '') return []
    // "Trung tâm Văn hóa, Thể thao và Du lịch huyện": the level printed after the name is the
    // department's, completed with the place's name as a body's is.
    // "Phòng Nội vụ các huyện, thị xã", "… thuộc huyện, thị xã": the group as printed; "… các
    // Sở, ngành": no unit.
    const manyPlaces = MANY_LEVELS_LISTED.exec(rest.slice(name.length))?.[0]
    // "các Ban HĐND các xã": the council committees' group reader has it.
    if (manyPlaces && /(?:^|\s)các $/u.test(line.slice(0, match.index))) return []
    if (manyPlaces) {
      const end = nameStart + name.length + manyPlaces.length
      return [{ start: match.index, end, name: `${head} ${name}${manyPlaces}` }]
    }
    if (OF_MANY_OWNERS.test(rest.slice(name.length))) return []
    const after = LEVEL_AFTER_NAME.exec(rest.slice(name.length))
    const placeName = withoutPerson(after?.[2])
    const printedLevel = after ? ` ${after[1]}${placeName ? ` ${placeName}` : ''}` : ''
    const place = after
      ? ` ${placeText(completePlace({ level: after[1] as PlaceLevel, ...(placeName ? { name: placeName } : {}) }, places))}`
      : ''
    return [
      {
        start: match.index,
        end: nameStart + name.length + printedLevel.length,
        name: `${head} ${name}${place}`,
      },
    ]
  })

/**
 * A group of bodies of one kind at one level, listed as printed (the corpus's rule): the
 * council's committees, "các Ban HĐND huyện", "hai Ban HĐND"; one body in many places, "HĐND các
 * xã, thị trấn", "UBND các huyện, thị xã, thành phố".
 */
const COUNCIL_COMMITTEES = new RegExp(
  `(?<!\\p{L})(?:các|hai|ba) Ban (?:HĐND|Hội đồng nhân dân)(?! \\p{Lu})(?: ${PLACE_LEVEL})?`,
  'gu',
)
const MANY_PLACES_HEADS = [
  'Thường trực HĐND',
  'Thường trực Hội đồng nhân dân',
  'UBND',
  'HĐND',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Đảng ủy',
].join('|')
const MANY_PLACES_BODY = new RegExp(
  `(?<!\\p{L})(?<!HĐND ?(?:và|-|–|&) ?)(${MANY_PLACES_HEADS}) các (${PLACE_LEVEL})(?:(?:, | và )${PLACE_LEVEL})*`,
  'gu',
)
/** "UBND các huyện Càng Long, Trà Cú và Châu Thành": the places named after the group, each its own body. */
const NAMES_LISTED_AFTER = new RegExp(`^ ${PROPER_NAME}(?:(?:, | và )${PROPER_NAME})*`, 'u')
/** "các Ban HĐND huyện", "UBND các phường": a group as printed, which no one record stands for. */
const MANY_LEVELS_IN_NAME = new RegExp(` ${LEVELS_LISTED}$`, 'u')
export const isGroupOfBodies = (name: string): boolean =>
  /(?<!\p{L})(?:các|hai|ba|một số) |(?<!\p{L})cấp (?:cao|tỉnh|huyện|xã|quân khu|cơ sở)$/u.test(
    name,
  ) || MANY_LEVELS_IN_NAME.test(name)

/**
 * The country's own bodies have no level: "Quốc hội tiến hành chất vấn", "Hội nghị cán bộ toàn
 * ngành TTXVN". "Đại biểu Quốc hội", "Thủ tướng Chính phủ" are titles and "Ủy ban Thường vụ
 * Quốc hội" one body.
 */
const NATIONAL_BODY = new RegExp(
  String.raw`(?<!\p{L})(?<!(?:[Đđ]ại biểu|[Đđ]oàn đại biểu|[Tt]hường vụ|[Vv]ăn phòng|[Cc]hủ tịch|[Tt]hủ tướng|[Tt]hư ký|[Ủủ]y viên) )(?:Ủy ban Thường vụ Quốc hội|Quốc hội|Chính phủ|TTXVN|Thông tấn xã Việt Nam|${[
    // The Front's central committee and its organs: "Đoàn Chủ tịch UBTƯ MTTQ Việt Nam".
    String.raw`(?:(?:Đoàn Chủ tịch|Ban Thường trực) )?(?:UBTƯ|UBTW|Ủy ban Trung ương) (?:MTTQ|Mặt trận Tổ quốc) Việt Nam`,
    'Quân ủy Trung ương',
    // The supreme court and procuracy, and the military procuracy's central one.
    String.raw`(?:Tòa án nhân dân|Viện kiểm sát nhân dân|TAND|VKSND) tối cao|(?:Viện kiểm sát quân sự|VKSQS) Trung ương`,
    // The mass organisations' national bodies: "Trung ương Hội Cựu chiến binh Việt Nam".
    // Or named as the association itself: "Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam".
    String.raw`(?:Trung ương )?Hội (?:Cựu chiến binh|Nông dân|Liên hiệp Phụ nữ|Liên hiệp Thanh niên|Chữ thập đỏ|Người cao tuổi|Khuyến học|Luật gia|Nhà báo) Việt Nam`,
    'Mặt trận Tổ quốc Việt Nam',
  ].join('|')})(?!\p{L})`,
  'gu',
)

/** "kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam": the body's anniversary, not the body. */
const ANNIVERSARY_OF = /(?:thành lập|truyền thống|ngày|của)\s*$/iu

const nationalBodies = (line: string): UnitMention[] =>
  [...line.matchAll(NATIONAL_BODY)]
    .filter((match) => !ANNIVERSARY_OF.test(line.slice(Math.max(0, match.index - 20), match.index)))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      name: match[0],
    }))

const bodiesOfPlacesListed = (line: string, match: RegExpExecArray): UnitMention[] => {
  const end = match.index + match[0].length
  const listed = NAMES_LISTED_AFTER.exec(line.slice(end))?.[0]
  if (!listed) return [{ start: match.index, end, name: match[0] }]
  const mentions: UnitMention[] = []
  let offset = end + 1
  for (const name of listed.slice(1).split(LIST_SEPARATOR)) {
    const placeName = withoutPerson(name)
    if (!placeName || NOT_A_PLACE_NAME.test(placeName)) break
    mentions.push({
      start: mentions.length === 0 ? match.index : offset,
      end: offset + placeName.length,
      name: `${match[1]} ${match[2]} ${placeName}`,
    })
    offset += name.length + (LIST_SEPARATOR.exec(line.slice(offset + name.length))?.[0].length ?? 0)
  }
  return mentions.length > 0 ? mentions : [{ start: match.index, end, name: match[0] }]
}

/**
 * "các VKSND cấp cao", "một số VKSND tỉnh, thành phố", "VKSQS cấp quân khu", "các UBND cấp xã":
 * one kind of body at one level, many of them, listed as printed.
 */
const GROUP_HEADS = [
  'VKSND',
  'TAND',
  'VKSQS',
  'Viện kiểm sát nhân dân',
  'Tòa án nhân dân',
  'Viện kiểm sát quân sự',
  'Tòa án quân sự',
  'UBND',
  'HĐND',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban MTTQ',
  'Công an',
].join('|')
const LEVEL_OF_MANY = String.raw`cấp (?:cao|tỉnh|huyện|xã|quân khu|cơ sở)(?!\p{L})`
const BODIES_AT_A_LEVEL = new RegExp(
  `(?<!\\p{L})(?:(?:các|một số) (?:${GROUP_HEADS}) (?:${LEVEL_OF_MANY}|${PLACE_LEVEL}(?:(?:, | và )${PLACE_LEVEL})*(?! \\p{Lu}))|(?:${GROUP_HEADS}) ${LEVEL_OF_MANY})`,
  'gu',
)

const groupsOfBodies = (line: string): UnitMention[] => [
  ...[...line.matchAll(BODIES_AT_A_LEVEL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    name: match[0],
  })),
  ...[...line.matchAll(COUNCIL_COMMITTEES)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    name: match[0],
  })),
  ...[...line.matchAll(MANY_PLACES_BODY)].flatMap((match) => bodiesOfPlacesListed(line, match)),
]

/** "các đảng ủy phường A, phường B, xã C": one body of that kind in each commune listed. */
const PLURAL_HEAD = /(?:^|\s)các (đảng ủy|Đảng ủy|chi bộ|Chi bộ|UBND|HĐND|Ủy ban MTTQ) $/u
const PLURAL_HEAD_SPELLING: Record<string, string> = { 'đảng ủy': 'Đảng ủy', 'chi bộ': 'Chi bộ' }
const LIST_GAP = /^(?:,|;| và|, và) $/u

const withPluralHead = (line: string, mentions: UnitMention[]): UnitMention[] => {
  let head: string | undefined
  let previousEnd = 0
  return mentions.map((mention) => {
    const gap = line.slice(previousEnd, mention.start)
    const opening = PLURAL_HEAD.exec(gap)
    if (opening) head = PLURAL_HEAD_SPELLING[opening[1]] ?? opening[1]
    else if (!(previousEnd > 0 && LIST_GAP.test(gap))) head = undefined
    previousEnd = mention.end
    return head ? { ...mention, name: `${head} ${mention.name}` } : mention
  })
}

const LEVEL_PRINTED_AGAIN = /^(?:Phường|Xã|Thị trấn) (?=\p{Lu}|\d)/u

const communesNamed = (line: string): UnitMention[] =>
  [...line.matchAll(COMMUNES)].flatMap((match) => {
    const level = match[1].toLowerCase()
    const mentions: UnitMention[] = []
    let offset = match.index + match[0].length - match[2].length
    for (const name of match[2].split(LIST_SEPARATOR)) {
      if (NOT_A_PLACE_NAME.test(name)) break
      const start = mentions.length === 0 ? match.index : offset
      // "phường Tân An, Phường Hòa Bình": a listed name may print its level again.
      const printed = name.replace(LEVEL_PRINTED_AGAIN, '')
      // "xã Tân An Lê Văn B": the person after the commune's name; "phường Nguyễn Thị Minh
      // Khai", named after a person, is kept whole.
      const own = withoutTrailingPerson(printed) || printed
      mentions.push({
        start,
        end: offset + name.length - (printed.length - own.length),
        name: `${level} ${own}`,
      })
      offset +=
        name.length + (LIST_SEPARATOR.exec(line.slice(offset + name.length))?.[0].length ?? 0)
    }
    return mentions
  })

const communes = (line: string): UnitMention[] => withPluralHead(line, communesNamed(line))

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
const isInside = (inner: Span, outer: Span) =>
  inner !== outer &&
  outer.start <= inner.start &&
  inner.end <= outer.end &&
  outer.end - outer.start > inner.end - inner.start

/**
 * "Trưởng Ban Tuyên giáo Huyện ủy; cán bộ Ban Tuyên giáo": a department named bare is the one
 * its line named in full just before it, in an official's titles too, and not another body
 * with the same head named elsewhere ("Ban Tuyên giáo Trung ương").
 */
const withNameSaidBefore = (mention: UnitMention, mentions: UnitMention[]): UnitMention => {
  const key = unitKey(mention.name)
  const fuller = mentions
    .filter((other) => other.end <= mention.start)
    .sort((a, b) => b.end - a.end)
    .find((other) => {
      if (!unitKey(other.name).startsWith(`${key} `)) return false
      // "Huyện ủy", "Trung ương", "Thành ủy Huế": what follows names whose the body is.
      const [more] = other.name.split(' ').slice(mention.name.split(' ').length)
      return more !== undefined && /^\p{Lu}/u.test(more)
    })
  return fuller ? { ...mention, name: fuller.name } : mention
}

/**
 * The units named in one line, in order, leaving out those inside the excluded spans (an
 * official's titles) and those inside a longer unit ("UBND tỉnh" in "Văn phòng UBND tỉnh").
 */
export const findUnitMentions = (
  line: string,
  places: ArticlePlaces,
  excluded: Span[] = [],
): UnitMention[] => {
  const mentions = [
    ...sharedPlaceBodies(line, places),
    ...bodiesSharingLastLevel(line, places),
    // After the lists that print their level, which read the same heads with the place.
    ...communeBodiesListedBare(line, places),
    ...placeBodies(line, places),
    ...committees(line, places),
    ...youthCommittees(line),
    ...partiesOfPlaces(line, places),
    ...departments(line, places),
    // Before the communes: "UBND các xã A, B" gives B its body, where the communes read "xã B".
    ...groupsOfBodies(line),
    ...communes(line),
    ...nationalBodies(line),
  ]
  const kept = mentions.filter((mention) => !excluded.some((span) => overlaps(mention, span)))
  return (
    kept
      .filter((mention) => !kept.some((other) => isInside(mention, other)))
      .map((mention) => withNameSaidBefore(mention, mentions))
      // "cấp  ủy": a name printed with doubled spaces is stored with single ones.
      .map((mention) => ({ ...mention, name: mention.name.replace(/\s+/gu, ' ') }))
      // A body both read as a department and from the heads ("Chi cục Thuế huyện"): once.
      .filter(
        (mention, index, kept) =>
          kept.findIndex((other) => other.start === mention.start && other.end === mention.end) ===
          index,
      )
      .sort((a, b) => a.start - b.start)
  )
}

/** "tỉnh", "tỉnh Nam Định": only the place of the body, "Sở Tư pháp" beside "Sở Tư pháp tỉnh Nam Định". */
const LEVEL_ONLY = new RegExp(`^${PLACE_LEVEL}(?: ${PROPER_NAME})?$`, 'u')
const FOLDED_LEVEL = /^(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)$/u

/** The folded commune `key` inside the folded `other`, a capitalised word of `otherName` after it. */
const isCutShortIn = (key: string, other: string, otherName: string): boolean => {
  const words = key.split(' ')
  const otherWords = other.split(' ')
  const printed = otherName.split(' ')
  return otherWords.some(
    (_, at) =>
      at > 0 &&
      words.every((word, offset) => otherWords[at + offset] === word) &&
      /^\p{Lu}/u.test(printed[at + words.length] ?? ''),
  )
}

/**
 * The article's units without those another one already says more precisely: "xã Trường Phú"
 * beside "UBND xã Trường Phú", "phường Gia" beside "phường Gia Viên".
 */
export const withoutRepeatedUnits = (names: string[]): string[] => {
  const folded = names.map(foldVietnamese)
  const keys = names.map(unitKey)
  return names.filter((name, index) => {
    const key = folded[index]
    const isCommune = /^(?:xã|phường|thị trấn) /u.test(name)
    return !folded.some((other, otherIndex) => {
      if (otherIndex === index) return false
      // "các Ban HĐND" beside "các Ban Hội đồng nhân dân huyện": the same, spelt out, with its level.
      const longerKey = keys[otherIndex]
      if (
        longerKey.startsWith(`${keys[index]} `) &&
        FOLDED_LEVEL.test(longerKey.slice(keys[index].length + 1))
      ) {
        return true
      }
      if (isCommune && other.endsWith(` ${key}`)) return true
      // "phường Gia" beside "UBND phường Gia Viên": the commune's name cut short in another line.
      if (isCommune && isCutShortIn(key, other, names[otherIndex])) return true
      if (!other.startsWith(`${key} `)) return false
      // "phường Gia" beside "phường Gia Viên"; "các Ban HĐND" beside "các Ban HĐND huyện".
      const more = names[otherIndex].slice(name.length + 1)
      return /^\p{Lu}/u.test(more) || LEVEL_ONLY.test(more)
    })
  })
}

/**
 * "Thường trực HĐND các xã" beside "HĐND các xã": no article lists a body and its standing
 * committee both; the one named first stands for the body.
 */
const STANDING_COMMITTEE_OF = /^thuong truc (?=\S)/u

/** Unit names deduplicated by body ("Ủy ban MTTQ xã X" is "UBMTTQ xã X"), the first spelling kept. */
export const uniqueUnitNames = (names: string[]): string[] => {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = unitKey(name).replace(STANDING_COMMITTEE_OF, '')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
