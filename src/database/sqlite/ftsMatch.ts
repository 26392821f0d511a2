import type { SearchCondition } from '../searchLevels'

/** An FTS5 string: nothing a reader types (`OR`, `NEAR`, `*`, `-`, `:`) is read as query syntax. */
const ftsString = (syllables: string[]): string => `"${syllables.join(' ').replaceAll('"', '""')}"`

/**
 * The FTS5 MATCH expression for one level of match, on the exact (`e`) or folded (`f`) column:
 * each phrase an FTS5 phrase (its syllables adjacent, in order), all of them required, or for
 * `isAny` one of them.
 */
export const ftsMatch = ({ form, phrases, isAny }: SearchCondition): string =>
  `{${form === 'exact' ? 'e' : 'f'}} : (${phrases.map(ftsString).join(isAny ? ' OR ' : ' ')})`

/**
 * The MATCH expression for the pair index (one column, no column filter: detail=none has none):
 * every pair required.
 */
export const pairsMatch = (pairs: string[]): string =>
  pairs.map((pair) => ftsString([pair])).join(' ')
