import type { SearchCondition } from '../searchLevels'

/** An FTS5 string: nothing a reader types (`OR`, `NEAR`, `*`, `-`, `:`) is read as query syntax. */
const ftsString = (syllables: string[]): string => `"${syllables.join(' ').replaceAll('"', '""')}"`

/**
 * The FTS5 MATCH expression for one level of match: each phrase an FTS5 phrase (its syllables
 * adjacent, in order), all of them required, or for `isAny` one of them. An exact level reads the
 * exact column (`e`) only. A folded one needs no column filter, which costs FTS5 a check of every
 * match's columns (the lead's tier of "chuyen doi so" at 50,000 articles: 12 ms with it, 3 ms
 * without): the folded column (`f`) is the same text folded, so a folded phrase found in the
 * exact column ("so" in "so sánh") is in the folded one too, and no row is found that `f` lacks.
 */
export const ftsMatch = ({ form, phrases, isAny }: SearchCondition): string => {
  const expression = `(${phrases.map(ftsString).join(isAny ? ' OR ' : ' ')})`
  return form === 'exact' ? `{e} : ${expression}` : expression
}

/**
 * The MATCH expression for the pair index (one column, no column filter: detail=none has none):
 * every pair required.
 */
export const pairsMatch = (pairs: string[]): string =>
  pairs.map((pair) => ftsString([pair])).join(' ')
