import { bylineNames } from './parseByline'
import type { ParsedArticle } from './parsedArticle'
import { textKey, unitKey } from './unitSpelling'

/**
 * How one parsed article compares with what a careful editor wrote down for it (the corpus's
 * `expected`, tests/fixtures/import-corpus/SCHEMA.md). Pure: the scorer script reads the files.
 */

export type ExpectedOfficial = { name: string; titles: string[] }

export type ExpectedArticle = {
  title: string
  /** "YYYY-MM-DDTHH:mm:ss+07:00", or "YYYY-MM-DD" when the page prints no time. */
  publishedAt: string | null
  views: number | null
  lead: string
  byline: string[]
  captions: { text: string; credit: string | null }[]
  meeting: {
    kind: string
    date: string | null
    partOfDay: string | null
    chair: ExpectedOfficial | null
  } | null
  officials: ExpectedOfficial[]
  units: string[]
}

/** Scalar fields: right or wrong for each article. */
export const SCALAR_FIELDS = [
  'title',
  'publishedAt',
  'views',
  'lead',
  'byline',
  'meetingKind',
  'meetingDate',
  'partOfDay',
  'chair',
] as const
/** Lists: counted item by item, as precision and recall. */
export const LIST_FIELDS = ['captions', 'officials', 'units'] as const

export type ScalarField = (typeof SCALAR_FIELDS)[number]
export type ListField = (typeof LIST_FIELDS)[number]
export type Field = ScalarField | ListField

export const HARM_KINDS = [
  'personInUnit',
  'bylineAsCaption',
  'pageLineAsLead',
  'inventedChair',
] as const
export type HarmKind = (typeof HARM_KINDS)[number]

/** Found: items the parser gave; expected: items the editor wrote; matched: found ∩ expected. */
export type ListCount = { found: number; expected: number; matched: number }

export type Harm = { kind: HarmKind; detail: string }

export type ArticleScore = {
  scalars: Record<ScalarField, boolean>
  lists: Record<ListField, ListCount>
  harms: Harm[]
}

/** Compared folded: Unicode form, case, diacritics and tone placement do not count. */
const key = textKey

const sameText = (a: string | null | undefined, b: string | null | undefined): boolean =>
  key(a ?? '') === key(b ?? '')

const sameTitles = (a: string[], b: string[]): boolean => {
  const [left, right] = [new Set(a.map(key)), new Set(b.map(key))]
  return left.size === right.size && [...left].every((title) => right.has(title))
}

const sameOfficial = (
  a: ExpectedOfficial | null | undefined,
  b: ExpectedOfficial | null,
): boolean => (!a || !b ? !a && !b : sameText(a.name, b.name) && sameTitles(a.titles, b.titles))

/** A day-only expectation is met by any time on that day. */
const samePublishedAt = (found: string | undefined, expected: string | null): boolean => {
  if (!expected || !found) return !expected && !found
  return expected.length === 10 ? found.slice(0, 10) === expected : found === expected
}

/** How many of the found items pair off with an expected one, each used once. */
const matchedCount = <T>(found: T[], expected: T[], same: (a: T, b: T) => boolean): number => {
  const left = [...expected]
  let matched = 0
  for (const item of found) {
    const index = left.findIndex((other) => same(item, other))
    if (index === -1) continue
    left.splice(index, 1)
    matched += 1
  }
  return matched
}

const listCount = <T>(found: T[], expected: T[], same: (a: T, b: T) => boolean): ListCount => ({
  found: found.length,
  expected: expected.length,
  matched: matchedCount(found, expected, same),
})

/**
 * One unit, as issue 11 counts them: the same name once abbreviations are folded ("Ủy ban nhân
 * dân tỉnh" is "UBND tỉnh"), or the same body with the place's proper name added or left off
 * ("UBND huyện Nam Đông" for "UBND huyện" in an article about Nam Đông).
 */
export const sameUnit = (a: string, b: string): boolean => {
  const [keyA, keyB] = [unitKey(a), unitKey(b)]
  if (keyA === keyB) return true
  const [short, long, longName] = keyA.length < keyB.length ? [keyA, keyB, b] : [keyB, keyA, a]
  if (!long.startsWith(`${short} `)) return false
  const extraWords = long.slice(short.length + 1).split(' ').length
  return longName
    .split(' ')
    .slice(-extraWords)
    .every((word) => /^\p{Lu}/u.test(word))
}

const captionsOf = (parsed: ParsedArticle) =>
  parsed.body.flatMap((block) =>
    block.kind === 'caption' ? [{ text: block.text, credit: block.credit ?? null }] : [],
  )

const containsWords = (text: string, words: string): boolean =>
  ` ${key(text)} `.includes(` ${key(words)} `)

/** Words a byline prints around its names ("Tin, ảnh: …", "Nguồn: …"). */
const BYLINE_WORDS = new Set(
  ['tin', 'ảnh', 'bài', 'và', 'nguồn', 'nguồn tin', 'tác giả', 'ctv', 'pv', 'btv', 'nhóm pv'].map(
    key,
  ),
)

/** A caption that says nothing but the byline's names. */
const isBylineText = (text: string, names: string[]): boolean => {
  if (names.length === 0) return false
  let rest = ` ${key(text)} `
  for (const name of names) rest = rest.replaceAll(` ${key(name)} `, ' ')
  const leftWords = rest.trim().split(' ').filter(Boolean)
  return (
    leftWords.length < key(text).split(' ').length &&
    leftWords.every((word) => BYLINE_WORDS.has(word))
  )
}

/** The line index of a paragraph in the source text (folded), -1 when absent. */
/** The line printing the paragraph: the whole line, or its end once a site tag ("(GLO)-") was dropped. */
const lineIndexOf = (lines: string[], paragraph: string): number => {
  const wanted = key(paragraph)
  return lines.findIndex((line) => line === wanted || line.endsWith(` ${wanted}`))
}

const harmsOf = (parsed: ParsedArticle, expected: ExpectedArticle, sourceText: string): Harm[] => {
  const harms: Harm[] = []
  const names = expected.officials.map((official) => official.name)
  for (const unit of parsed.units) {
    const person = names.find((name) => containsWords(unit, name))
    // Only a unit expected by that very name may hold a person's (a ward named after one).
    const isExpected = expected.units.some((other) => unitKey(other) === unitKey(unit))
    if (person && !isExpected) harms.push({ kind: 'personInUnit', detail: `${unit} ⊃ ${person}` })
  }
  for (const caption of captionsOf(parsed)) {
    if (isBylineText(caption.text, expected.byline)) {
      harms.push({ kind: 'bylineAsCaption', detail: caption.text })
    }
  }
  if (parsed.lead && !sameText(parsed.lead, expected.lead)) {
    const lines = sourceText.split(/\r?\n/u).map(key).filter(Boolean)
    const found = lineIndexOf(lines, parsed.lead)
    const wanted = lineIndexOf(lines, expected.lead)
    // A line printed above the article's own first paragraph: the page's, not the article's.
    if (found !== -1 && (wanted === -1 || found < wanted)) {
      harms.push({ kind: 'pageLineAsLead', detail: parsed.lead })
    }
  }
  const chair = parsed.meeting?.chair
  if (chair && !sameText(chair.name, expected.meeting?.chair?.name)) {
    harms.push({ kind: 'inventedChair', detail: chair.name })
  }
  return harms
}

/** One article's score: each scalar field right or wrong, each list counted, harms listed. */
export const scoreArticle = ({
  parsed,
  expected,
  sourceText,
}: {
  parsed: ParsedArticle
  expected: ExpectedArticle
  /** The text the parser read: where a wrong lead stood on the page. */
  sourceText: string
}): ArticleScore => {
  const meeting = parsed.meeting
  const wanted = expected.meeting
  return {
    scalars: {
      title: sameText(parsed.title, expected.title),
      publishedAt: samePublishedAt(parsed.publishedAt, expected.publishedAt),
      views: (parsed.views ?? null) === expected.views,
      lead: sameText(parsed.lead, expected.lead),
      byline:
        matchedCount(bylineNames(parsed.byline), expected.byline, sameText) ===
          expected.byline.length && bylineNames(parsed.byline).length === expected.byline.length,
      meetingKind: (meeting?.kind ?? null) === (wanted?.kind ?? null),
      meetingDate: (meeting?.date ?? null) === (wanted?.date ?? null),
      partOfDay: (meeting?.partOfDay ?? null) === (wanted?.partOfDay ?? null),
      chair: sameOfficial(meeting?.chair, wanted?.chair ?? null),
    },
    lists: {
      captions: listCount(
        captionsOf(parsed),
        expected.captions,
        (a, b) => sameText(a.text, b.text) && sameText(a.credit, b.credit),
      ),
      officials: listCount(parsed.officials, expected.officials, (a, b) => sameOfficial(a, b)),
      units: listCount(parsed.units, expected.units, sameUnit),
    },
    harms: harmsOf(parsed, expected, sourceText),
  }
}
