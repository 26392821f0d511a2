/**
 * The server's messages are written for two readers at once: "Vietnamese (English)." The admin
 * shows staff the part in their own language. A closing bracket counts as the English part only
 * when it has no Vietnamese letter and the text before it has one, so "Ủy ban (UBND)" or a
 * writer's place in brackets stays as it is.
 */
const BILINGUAL = /^([\s\S]*?\S)\s*\(([^()]+)\)([.!?]?)$/u
const NON_ASCII_LETTER = /[^\u0000-\u007F\u2018\u2019\u201C\u201D\u2026\u2013\u2014]/u
const LATIN_WORD = /[a-z]{2,}\s+[a-z]{2,}/iu

export const messageInLanguage = (message: string, language: string): string => {
  const match = BILINGUAL.exec(message.trim())
  if (!match) return message
  const [, vietnamese, english, stop] = match
  const isBilingual =
    NON_ASCII_LETTER.test(vietnamese) && !NON_ASCII_LETTER.test(english) && LATIN_WORD.test(english)
  if (!isBilingual) return message
  if (language === 'vi') return `${vietnamese}${stop}`
  return `${english.charAt(0).toUpperCase()}${english.slice(1)}${stop}`
}
