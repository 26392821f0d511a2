import { foldText } from '@/lib/foldText'
import type { SearchQuery } from '@/lib/searchQuery'

/** Where a match is: the title, the lead, or anywhere (title, lead and body together). */
export const SEARCH_FIELDS = ['title', 'lead', 'text'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/**
 * One level of match, in a database-neutral form: every phrase (a list of syllables that must be
 * adjacent and in order) in the exact or the folded text, or, for `isAny`, any one of them.
 */
export type SearchCondition = { form: 'exact' | 'folded'; phrases: string[][]; isAny: boolean }

/**
 * The levels of match, best first. An article's rank is the first level it reaches, in the first
 * field where it reaches it (title, lead, text), then the newest:
 * 1. every group as a phrase, exact (only when the reader typed marks: "bí mật" above "bỉ mặt");
 * 2. every group as a phrase, folded ("chuyen doi so" finds "chuyển đổi số");
 * 3. quoted phrases as phrases, the other syllables anywhere (only when there are several).
 * Each level's matches include the one's before it, the last level is what the search returns.
 */
export const searchLevels = ({ groups, hasAccents }: SearchQuery): SearchCondition[] => {
  const loose = groups.find((group) => !group.isQuoted)
  return [
    ...(hasAccents
      ? [{ form: 'exact' as const, phrases: groups.map((group) => group.exact), isAny: false }]
      : []),
    { form: 'folded', phrases: groups.map((group) => group.folded), isAny: false },
    ...(loose && loose.folded.length > 1
      ? [
          {
            form: 'folded' as const,
            phrases: groups.flatMap((group) =>
              group.isQuoted ? [group.folded] : group.folded.map((syllable) => [syllable]),
            ),
            isAny: false,
          },
        ]
      : []),
  ]
}

/**
 * When no article has every syllable: any of them, so that a reader still gets something. Not
 * for quoted phrases, which must match as phrases, nor for a single syllable (nothing to relax).
 */
export const fallbackLevels = ({ groups }: SearchQuery): SearchCondition[] => {
  const syllables = groups.flatMap((group) => group.folded)
  return groups.some((group) => group.isQuoted) || syllables.length < 2
    ? []
    : [{ form: 'folded', phrases: syllables.map((syllable) => [syllable]), isAny: true }]
}

/** Joins two folded syllables into one token of the pair index ("chuyen", "doi" → "chuyen_doi"). */
export const PAIR_SEPARATOR = '_'

/**
 * The adjacent syllable pairs, folded, that an article must hold to reach the level: every pair
 * of every phrase ("chuyển đổi số" → "chuyen_doi", "doi_so"). Holding them all does not prove the
 * phrase (the pairs may stand apart), but missing one disproves it, so the articles that hold
 * them are the only ones whose word positions need reading. None for a level of single syllables
 * or of any phrase (`isAny`): the pairs can then rule nothing out.
 */
export const levelPairs = ({ form, phrases, isAny }: SearchCondition): string[] => {
  if (isAny) return []
  const folded = form === 'exact' ? phrases.map((phrase) => phrase.map(foldText)) : phrases
  return [
    ...new Set(
      folded.flatMap((phrase) =>
        phrase.slice(1).map((syllable, index) => `${phrase[index]}${PAIR_SEPARATOR}${syllable}`),
      ),
    ),
  ]
}
