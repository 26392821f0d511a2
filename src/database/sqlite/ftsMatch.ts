/**
 * FTS5 MATCH expressions for folded words. Each word is an FTS5 string, so that nothing a reader
 * types (`OR`, `NEAR`, `*`, `-`, `:`, quotes) is read as query syntax; the words are ANDed.
 */
const phrases = (words: string[]): string =>
  words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ')

/** Every word, in the title or the text. */
export const ftsAllWords = (words: string[]): string => phrases(words)

/** Every word in the title. */
export const ftsAllWordsInTitle = (words: string[]): string =>
  `{search_title} : (${phrases(words)})`
