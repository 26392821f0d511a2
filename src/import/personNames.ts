import { foldVietnamese } from './vietnameseText'

/**
 * Where a person's name stands in running text. A Vietnamese name opens with a family name from
 * a short list (data below, with tones) and runs two to four capitalised syllables: "Trần Văn An",
 * "Ngô Hen", "Chau Thị Thu Thủy". Place names that open with a family name ("Hà Tĩnh", "Lâm
 * Bình") are two syllables after a level word; a run after a level word holds a person when a
 * family name starts two to four syllables that end the run: "huyện Bắc Trà My Nguyễn Văn A".
 */

const FAMILY_NAMES = new Set([
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
  'Trương',
  'Lương',
  'Lường',
  'Mai',
  'Trịnh',
  'Đào',
  'Cao',
  'Lâm',
  'Hà',
  'Tạ',
  'Chu',
  'Châu',
  'Chau',
  'Thái',
  'Tô',
  'Triệu',
  'Cù',
  'Quách',
  'Lục',
  'Nông',
  'Hứa',
  'Vương',
  'Tăng',
  'Kiều',
  'Khổng',
  'Thân',
  'La',
  'Lò',
  'Lại',
  'Phùng',
  'Tống',
  'Hầu',
  'Âu',
  'Mạc',
  'Đàm',
  'Giang',
  'Kim',
  'Bế',
  'Ma',
  'Lưu',
  'Từ',
  'Nghiêm',
  'Tôn',
  'Mẫn',
  'Ninh',
  'Khúc',
  'Mông',
  'Sầm',
  'Doãn',
  'Trình',
  'Quan',
  'Đồng',
  'Bạch',
  'Thạch',
  'Danh',
  'Lữ',
  'Diệp',
  'Y',
  'Vi',
  'Hứa',
  'Tiêu',
  'Mã',
  'Lã',
  'Cấn',
  'Nhữ',
  'Đồ',
  'Ôn',
  'Trà',
  'Lèo',
  'Quàng',
  'Sùng',
  'Giàng',
  'Vàng',
  'Thào',
  'Sình',
  'Hờ',
  'Mùa',
  'Lầu',
  'Tòng',
  'Hoàng',
  'Phí',
  'Khuất',
  'Bàn',
  'Đới',
  'Ứng',
  'Yên',
  'Tiết',
  'Khương',
  'Ngụy',
  'Đậu',
  'Thiều',
  'Tất',
  'Giáp',
  'Khiếu',
  'Kha',
  'Nhan',
  'Tào',
  'Trầm',
  'Bành',
  'Lăng',
  'Thiệu',
  'Điểu',
  'Ksor',
  'Rơ',
  'Siu',
  'Nay',
  'Rah',
  // Khmer, Thái, Hmong and Cham family names: "Sơn Thị Ngọc Hân", "Cầm Văn Chính", "Đàng Thị Mỹ".
  'Sơn',
  'Cầm',
  'Điêu',
  'Hạng',
  'Vừ',
  'Tráng',
  'Cứ',
  'Đàng',
  'Kpă',
  'Rmah',
  'Ksơr',
])

/** Capitalised phrases that open with a family name but are bodies or places. */
const NOT_A_PERSON = [
  'Đoàn Thanh niên',
  'Đoàn TNCS',
  'Hà Nội',
  'Hà Tĩnh',
  'Hà Giang',
  'Hà Nam',
  'Thái Bình',
  'Thái Nguyên',
  'Cao Bằng',
  'Lâm Đồng',
  'Đồng Tháp',
  'Đồng Nai',
  'Đồng Tháp Mười',
  'Kim Sơn',
  'Quan Hóa',
  'Quan Sơn',
  'Nông Cống',
  'Văn Phòng',
  'Văn Hóa',
  'Văn Chấn',
  'Văn Bàn',
  'Văn Yên',
  'Văn Lâm',
  'Văn Giang',
  'Mai Sơn',
  'Mai Châu',
  'Mai Dịch',
  'Y Tế',
  // "Trường Đại học Y Dược", "Y học cổ truyền": medicine, not the Ê Đê "Y" before a man's name.
  'Y Dược',
  'Y Học',
  'Y Khoa',
  'Y Hà Nội',
  'Lương Sơn',
  'Lương Tài',
  'Vũ Thư',
  'Kiều Liêu',
  'Sơn La',
  'Sơn Tây',
  'Sơn Trà',
  'Sơn Động',
  'Sơn Dương',
  'Sơn Hà',
  'Sơn Tịnh',
  'Sơn Hòa',
  // "Đoàn TNCS Hồ Chí Minh", "Chủ tịch Hồ Chí Minh": a body's name and a historic figure.
  'Hồ Chí Minh',
].map(foldVietnamese)

/** Places named after people, or like them, that follow a level word ("Thành phố Hồ Chí Minh"). */
const PLACES_LIKE_NAMES = ['Hồ Chí Minh', 'Nguyễn Thị Minh Khai', 'Lê Lợi', 'Trần Phú'].map(
  foldVietnamese,
)

/** "Thắng", and the Ê Đê, K'Ho and Mnông spellings with an apostrophe: "K'", "H'Hen", "K'Ré". */
const SYLLABLE = /^\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}*)?$/u
const WORD = /(?<![\p{L}\p{N}])\p{Lu}['’](?= )|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)?/gu
/** "K' Thị Mai", "H'Hen Niê": a name that opens with a woman's or a man's prefix and an apostrophe. */
const APOSTROPHE_PREFIX = /^\p{Lu}['’]/u

/** Compared with the tones: "Bàn" is a family name, "Ban" (a board) is not. */
const isFamilyName = (word: string): boolean =>
  FAMILY_NAMES.has(word) || APOSTROPHE_PREFIX.test(word)

const isCapitalised = (word: string): boolean => SYLLABLE.test(word)

const isNotAPerson = (words: string[]): boolean => {
  const phrase = foldVietnamese(words.join(' '))
  return NOT_A_PERSON.some((other) => phrase === other || phrase.startsWith(`${other} `))
}

/** Ê Đê and Jarai names may run to five syllables: "Y Thanh Hà Niê Kdăm", "H'Yim Kđoh". */
const longestName = (first: string | undefined): number =>
  first === 'Y' || APOSTROPHE_PREFIX.test(first ?? '') ? 5 : 4

/** True when the words (capitalised syllables) can be a person's full name. */
export const isFullName = (words: string[]): boolean =>
  words.length >= 2 &&
  words.length <= longestName(words[0]) &&
  words.every(isCapitalised) &&
  isFamilyName(words[0]) &&
  !isNotAPerson(words)

/** The capitalised syllables the text starts with, with where each ends. */
export const capitalisedRun = (text: string, stop: (rest: string) => boolean) => {
  const words: { word: string; end: number }[] = []
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    const gap = text.slice(words.at(-1)?.end ?? 0, match.index)
    if (words.length > 0 && gap !== ' ') break
    if (!isCapitalised(word) || stop(text.slice(match.index))) break
    words.push({ word, end: match.index + word.length })
  }
  return words
}

/**
 * The length of the person's name the text starts with, 0 when none: two to four capitalised
 * syllables opening with a family name, stopping where a title begins ("Ngô Văn E Tỉnh ủy viên").
 */
export const personNameLength = (
  text: string,
  startsTitle: (rest: string) => boolean = () => false,
): number => {
  if (!/^\p{Lu}/u.test(text)) return 0
  // "Đoàn Thanh niên": a body's name that runs on in lower case.
  const head = foldVietnamese(text.slice(0, 40))
  if (NOT_A_PERSON.some((other) => head === other || head.startsWith(`${other} `))) return 0
  const run = capitalisedRun(text, startsTitle)
  // A longer run is a place's name before a person's: the person starts further on.
  if (run.length > longestName(run[0]?.word)) return 0
  for (let length = run.length; length >= 2; length--) {
    const words = run.slice(0, length).map((entry) => entry.word)
    // "Đoàn Thanh niên" is a body: no shorter "Đoàn Thanh" is a person.
    if (isNotAPerson(words)) return 0
    if (isFullName(words)) return run[length - 1].end
  }
  return 0
}

/** A syllable has a vowel: "UBND", "HĐND" printed after a name in capitals are no syllables. */
const HAS_VOWEL = /[aeiouy]/u
/**
 * "NGUYỄN VĂN LONG, Bí thư Huyện ủy": a name printed in capitals, given back in title case
 * ("Nguyễn Văn Long"), the same length, so that the name readers above can read it. The text is
 * returned unchanged when it does not open with two to four syllables in capitals.
 */
export const capitalsAsTitleCase = (text: string): string => {
  const run = /^\p{Lu}+(?!\p{L})(?: \p{Lu}+(?!\p{L})){1,3}/u.exec(text)?.[0].split(' ') ?? []
  const firstAcronym = run.findIndex((word) => !HAS_VOWEL.test(foldVietnamese(word)))
  const words = firstAcronym === -1 ? run : run.slice(0, firstAcronym)
  if (words.length < 2 || words[0].length < 2) return text
  const titleCase = words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ')
  return titleCase + text.slice(titleCase.length)
}

/** After a level word ("Thành phố Hồ Chí Minh", "tỉnh Hà Tĩnh") these words are the place's name. */
export const isPlaceName = (words: string[]): boolean =>
  words.length <= 2 || PLACES_LIKE_NAMES.includes(foldVietnamese(words.join(' ')))

/**
 * Where a place's proper name after a level word ends when a person's name follows it in the
 * same run of capitals: "Bắc Trà My Nguyễn Văn A" → after "Bắc Trà My". Undefined when the run
 * holds no person.
 */
export const personInPlaceRun = (run: string[]): number | undefined => {
  const starts: number[] = []
  for (let start = 0; start < run.length; start++) {
    const rest = run.slice(start)
    if (!isFullName(rest)) continue
    // Two syllables after a level word are the place's name ("tỉnh Hà Tĩnh", "xã Lâm Bình").
    if (start === 0 && rest.length === 2) continue
    if (start === 0 && PLACES_LIKE_NAMES.includes(foldVietnamese(rest.join(' ')))) continue
    starts.push(start)
  }
  // Most names have three syllables: "Hải Dương Trần Đức Thắng" is Hải Dương and Trần Đức Thắng.
  return starts.find((start) => run.length - start === 3) ?? starts[0]
}

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/u

/**
 * A place's name without the person printed after it: "HĐND tỉnh Lê Tiến Lam" is the province's
 * HĐND and Lê Tiến Lam, never one unit. Undefined when the whole run is the person.
 */
export const withoutPerson = (name: string | undefined): string | undefined => {
  if (name === undefined) return undefined
  const words = name.split(' ')
  // "phường Hải Châu I": a numbered place; no one's name ends with a Roman numeral.
  if (ROMAN_NUMERAL.test(words[words.length - 1])) return name
  const personAt = personInPlaceRun(words)
  if (personAt === undefined) return name
  return personAt === 0 ? undefined : words.slice(0, personAt).join(' ')
}
