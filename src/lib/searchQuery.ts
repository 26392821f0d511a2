import type { SiteLanguage } from '@/sites/siteLanguages'

import { foldText } from './foldText'
import { englishText, exactText } from './searchText'

/** Longer queries are refused: the portal's form sends at most this many characters. */
export const MAX_SEARCH_QUERY_LENGTH = 200

/** Syllables (or English words) that belong together: a quoted phrase, or the words outside quotes. */
export type SearchGroup = {
  /** As typed, lowercase: what an exact match must have. */
  exact: string[]
  /** The same syllables folded ("bi", "mat"): what any match must have. */
  folded: string[]
  /** A quoted phrase must match as a phrase; the words outside quotes may also match apart. */
  isQuoted: boolean
}

export type SearchQuery = {
  /** The quoted phrases, then the words outside quotes (one group, when there are any). */
  groups: SearchGroup[]
  /** Whether any syllable was typed with marks: only then can an exact match outrank a folded one. */
  hasAccents: boolean
}

/** Straight and typographic double quotes. */
const QUOTE = /["“”„]/

const groupOf = (text: string, language: SiteLanguage, isQuoted: boolean): SearchGroup => {
  if (language === 'en') {
    const words = englishText(text).split(' ').filter(Boolean)
    return { exact: words, folded: words, isQuoted }
  }
  // Each syllable folded on its own, so that both lists stay aligned; a word with no Latin
  // letter folds to nothing and is left out of both.
  const pairs = exactText(text)
    .split(' ')
    .map((syllable) => [syllable, foldText(syllable)] as const)
    .filter(([, folded]) => folded && !folded.includes(' '))
  return {
    exact: pairs.map(([exact]) => exact),
    folded: pairs.map(([, folded]) => folded),
    isQuoted,
  }
}

/**
 * What a reader typed, read as words: quoted parts ("…") are phrases, the rest is one group of
 * words. Nothing is query syntax: OR, NEAR, *, -, : are words or separators.
 */
export const parseSearchQuery = (q: string, language: SiteLanguage): SearchQuery => {
  const parts = q.split(QUOTE)
  const quoted = parts
    .filter((_, index) => index % 2 === 1)
    .map((part) => groupOf(part, language, true))
  const loose = groupOf(parts.filter((_, index) => index % 2 === 0).join(' '), language, false)
  const groups = [...quoted, loose].filter((group) => group.folded.length)
  return {
    groups,
    hasAccents: groups.some((group) =>
      group.exact.some((syllable, index) => syllable !== group.folded[index]),
    ),
  }
}
