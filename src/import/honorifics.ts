/**
 * Words printed with a person's name that the editor does not keep as titles (the corpus's rule):
 * military and police ranks ("Thượng tá", "Thiếu tướng") and academic degrees ("PGS.TS", "ThS",
 * "Tiến sĩ", "Bác sĩ CKII"). They stand before the name or before its titles: "Thượng tá Trưởng
 * Công an huyện Nguyễn Văn A", "Đại tá Trần Văn B, Giám đốc Công an tỉnh", "Giám đốc Sở Y tế,
 * PGS.TS Lê Văn C".
 */

/** Ranks, in words: the army's and the police's, generals to lieutenants. */
const RANKS = ['đại', 'thượng', 'trung', 'thiếu'].flatMap((grade) =>
  ['tướng', 'tá', 'úy'].map((rank) => `${grade} ${rank}`),
)

/** Degrees in words, and "Phó Giáo sư" before "Giáo sư". */
const DEGREES_IN_WORDS = [
  'phó giáo sư',
  'giáo sư',
  'tiến sĩ khoa học',
  'tiến sĩ',
  'thạc sĩ',
  'bác sĩ chuyên khoa',
  'bác sĩ',
  'dược sĩ',
]

/** Degrees as printed, case and all: "PGS.TS", "PGS. TS", "GS.TSKH", "TS.", "ThS", "BS.CKII". */
const DEGREE_ABBREVIATION =
  /^(?:(?:GS|PGS)(?:\. ?(?:TSKH|TS|BS))?|TSKH|TS|ThS|NCS|DS|BS(?:\.? ?CK ?(?:II|I|2|1))?)\.?/u
/** A level of specialism after "Bác sĩ chuyên khoa", "BS": "CKII", "II", "cấp II". */
const SPECIALISM = /^ (?:CK ?)?(?:cấp )?(?:II|I|1|2)(?![\p{L}\p{N}])/u

const IN_WORDS = new RegExp(`^(?:${[...RANKS, ...DEGREES_IN_WORDS].join('|')})(?!\\p{L})`, 'iu')
const WORD_ENDS = /^(?=[\s,]|$)/u

/** The length of the rank or degree the text starts with, 0 when none. */
const honorificLength = (text: string): number => {
  const match = IN_WORDS.exec(text) ?? DEGREE_ABBREVIATION.exec(text)
  if (!match) return 0
  const length = match[0].length + (SPECIALISM.exec(text.slice(match[0].length))?.[0].length ?? 0)
  return WORD_ENDS.test(text.slice(length)) ? length : 0
}

const SEPARATOR = /^(?: ?, ?| )/u

/**
 * The length of the ranks and degrees the text starts with, with the space or comma after each
 * ("Đại tá, ", "PGS.TS "), 0 when it starts with none.
 */
export const honorificsLength = (text: string): number => {
  let length = 0
  for (;;) {
    const honorific = honorificLength(text.slice(length))
    if (honorific === 0) return length
    const separator = SEPARATOR.exec(text.slice(length + honorific))
    if (!separator) return length + honorific
    length += honorific + separator[0].length
  }
}

/** The length of the ranks and degrees that end the text (its last space included), 0 when none. */
export const honorificsBefore = (text: string): number => {
  for (let start = Math.max(0, text.length - 40); start < text.length; start++) {
    if (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1])) continue
    if (honorificsLength(text.slice(start)) === text.length - start) return text.length - start
  }
  return 0
}
