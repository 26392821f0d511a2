import { foldVietnamese } from './vietnameseText'

/**
 * Bylines as portals print them: "Triệu Biển", "PHƯƠNG LAN", "Vũ Nguyệt – Nhật Quang",
 * "Nguồn tin: Sao Khuê", "Tin, ảnh: Thu Hà", "(CTV: Minh Đức)", "Huyền Linh (Núi Voi)",
 * "Huỳnh Thơ - Hội Nông dân huyện Tháp Mười" (the name, then the writer's unit).
 */

/** One word of a name: "Biển", or in capitals "BIỂN". */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}*|\p{Lu}+)$/u
/** Capitalised words that open an organisation or a sentence, never a person's name. */
const NOT_A_NAME_WORD = new Set(
  [
    'Báo',
    'Đài',
    'Cổng',
    'Trang',
    'Tạp',
    'Theo',
    'Nguồn',
    'Sở',
    'Ban',
    'Phòng',
    'Hội',
    'Huyện',
    'Tỉnh',
    'Xã',
    'Phường',
    'Thành',
    'Thị',
    'Quận',
    'Văn',
    'Trung',
    'Ủy',
    'Đảng',
    'Công',
    'Chi',
    'Trường',
    'Bộ',
    'Viện',
    'Tòa',
    'Toàn',
    'Ông',
    'Tin',
    'Bài',
    'Ảnh',
    'Bà',
    'Quang',
    'UBND',
    'HĐND',
    'MTTQ',
    'TP',
    'BTV',
    'BCH',
    'TW',
    'TTXVN',
    'VTV',
    'VOV',
  ].map((word) => word.toLowerCase()),
)
/** Words of a body's name that no person's given name is (unlike "Chi", "Trang", "Trường"). */
const BODY_WORDS = new Set(
  ['phòng', 'ban', 'sở', 'báo', 'đài', 'hội', 'cổng', 'viện', 'tòa', 'bộ', 'đảng', 'ủy'].concat([
    'ubnd',
    'hđnd',
    'mttq',
    'xã',
    'phường',
    'huyện',
    'tỉnh',
    'quận',
  ]),
)
/** The first word may be any of these only further in: "Văn Thông", "Quang Huy" are names. */
const FIRST_WORD_ONLY = new Set(['văn', 'quang', 'thành', 'trung', 'công'])

/** Two to four capitalised words that can be a person's or a reporters' group's name. */
export const isPersonName = (text: string): boolean => {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 4) return false
  if (!words.every((word) => NAME_WORD.test(word))) return false
  // Compared with tones: "PHƯƠNG LAN" is a name, "Phường" opens a ward.
  const first = words[0].toLowerCase()
  if (NOT_A_NAME_WORD.has(first) && !FIRST_WORD_ONLY.has(first)) return false
  // "Tin Phòng GDĐT": an office's word anywhere makes it a body, not a person.
  if (words.slice(1).some((word) => BODY_WORDS.has(word.toLowerCase()))) return false
  // A name opens with a syllable, which has a vowel: "ĐBQH Nguyễn Văn Ích" opens with a title
  // ("Nhóm PVTS" is a reporters' group).
  if (!/[aeiouy]/u.test(foldVietnamese(words[0]))) return false
  return !words
    .slice(1)
    .some((word) => ['ubnd', 'hdnd', 'mttq', 'tp'].includes(foldVietnamese(word)))
}

/** A reporter's initials: "P.V", "N.T.H". */
const INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}{1,2}$/u
/** Initials before a name: "N.ĐỨC", "T. Hà", "N.T.Hương", and a syllable's first letters "Tr.Đức". */
const INITIALS_AND_NAME = /^(?:\p{Lu}\p{Ll}?\. ?){1,3}(?:\p{Lu}\p{Ll}+|\p{Lu}{3,})$/u

/** "PV", "PV." alone: the newsroom's reporter ("phóng viên"), as "P.V" is. */
const REPORTER = /^PV\.?$/u

/** The lower-case words of a newsroom's or a place's name: "Ban Biên tập", "Báo điện tử". */
const UNIT_NAME_WORD = String.raw`(?:\p{Lu}\p{L}*|tập|điện|tử|huyện|tỉnh|xã|phường|thị|trấn|thành|phố)`
/**
 * "Nhóm phóng viên", "Nhóm PV Ban Biên tập": the newsroom's reporters as a group, naming no one
 * but signing the article all the same; only a name may follow, never a sentence.
 */
const REPORTERS_GROUP = new RegExp(
  `^(?:Nhóm|NHÓM) (?:PV|[Pp]hóng [Vv]iên|PHÓNG VIÊN)(?: ${UNIT_NAME_WORD}){0,6}$`,
  'u',
)

/** A name, or a reporter's initials, as a byline prints them. */
const isBylineName = (text: string): boolean =>
  isPersonName(text) ||
  INITIALS.test(text) ||
  INITIALS_AND_NAME.test(text) ||
  REPORTER.test(text) ||
  REPORTERS_GROUP.test(text)

/** "Tin, ảnh:", "Ảnh, tin:", "Bài & ảnh:", "Tin/ảnh:", "Phóng viên:", or "Theo" before a name. */
const LABEL =
  /^(?:(?:tác giả(?: bài viết)?|người viết|người thực hiện|nguồn tin|nguồn|(?:tin|bài) ?(?:,|&|\/|và|[-–])? ?ảnh|ảnh ?(?:,|&|\/|và|[-–])? ?(?:tin|bài)|bài|tin|ảnh|thực hiện|thông tin|(?:nhóm )?phóng viên|ctv|pv|btv)\s*:\s*|theo\s+(?=\p{Lu}))/iu
/** "Th: Văn Minh", "TH: Lan Anh": a label cut short or mistyped, still a label before names. */
const SHORT_LABEL = /^\p{L}{1,3}\s*:\s*/u
/** Between two names, or a name and the writer's unit: "Thu Hà/Đài TT-TH Bến Cầu". */
const NAME_SEPARATOR = /\s*(?:\s[-–—]\s|[–—]|-(?=\p{Lu})|,|;|\/|\s(?:và|&)\s)\s*/u
/** "Huyền Linh (Núi Voi)": the writer's place in brackets. */
const PLACE_AFTER = /\s*\([^()]*\)$/u

/** A line ending with a full stop and this long is a sentence, whatever names open it. */
const SENTENCE_MIN_WORDS = 8

/** A byline's names in order, and whether a label ("Tin, ảnh:", "Th:") opened them. */
const readByline = (line: string): { names: string[]; isLabelled: boolean } | undefined => {
  if (/[.!?]$/u.test(line) && line.split(' ').length >= SENTENCE_MIN_WORDS) return undefined
  const text = line
    .replace(/\s*\.\/\.$|;$/u, '')
    // "THANH HÀ-": a stray dash after the last name.
    .replace(/\s*[-–—]+$/u, '')
    .replace(/^\((.*)\)$/u, '$1')
    .trim()
  const unlabelled = text.replace(LABEL, '').replace(SHORT_LABEL, '')
  // "Thu Hà (Đài TT-TH huyện)": the writer's unit in brackets, whatever its dashes.
  const rest = unlabelled.replace(PLACE_AFTER, '')
  const names: string[] = []
  for (const part of rest.split(NAME_SEPARATOR)) {
    // "Tin: Kim Ngân – Ảnh: Đức Anh": each author with the label of their part.
    const name = part.replace(LABEL, '').replace(PLACE_AFTER, '').trim()
    if (isBylineName(name)) names.push(name)
    else if (names.length === 0) return undefined
    else break
  }
  return names.length > 0 ? { names, isLabelled: unlabelled !== text } : undefined
}

/** The names of a byline line, in order; undefined when the line is no byline. */
export const readBylineNames = (line: string): string[] | undefined => readByline(line)?.names

/**
 * A byline no place or section name can be mistaken for: a label opens it or a name is
 * initials ("Bài, ảnh: Thu Hà", "Tr.Đức"). "Hải Phòng" under a title reads as a name too.
 */
export const isMarkedByline = (line: string): boolean => {
  const byline = readByline(line)
  return (
    byline !== undefined && (byline.isLabelled || byline.names.some((name) => !isPersonName(name)))
  )
}

/** True when a (normalised) line is a byline. */
export const isByline = (line: string): boolean => readBylineNames(line) !== undefined

/** The names in a parsed byline ("Thu Hà, Minh Đức"): the parser joins several with ", ". */
export const bylineNames = (byline: string | undefined): string[] =>
  byline ? byline.split(', ').filter(Boolean) : []
