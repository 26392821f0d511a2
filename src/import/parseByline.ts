/** A reporter's name: two to four capitalised words, no full stop ("Triệu Biển", "Minh Hương"). */
const BYLINE = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}$/u

/** True when a (normalised) line is a byline; only the article's last line is ever asked. */
export const isByline = (line: string): boolean => BYLINE.test(line)

/** The names in a parsed byline ("Thu Hà, Minh Đức"): the parser joins several with ", ". */
export const bylineNames = (byline: string | undefined): string[] =>
  byline ? byline.split(', ').filter(Boolean) : []
