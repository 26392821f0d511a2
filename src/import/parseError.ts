/**
 * Why a text or a saved HTML page is not a legacy article at all, as opposed to one with fields
 * to check. A page is refused before it is read when too large or too deeply nested to read
 * safely, not UTF-8, or holding no article.
 */
export type ParseErrorReason =
  'empty' | 'noTitle' | 'titleTooLong' | 'tooLarge' | 'tooDeep' | 'notUtf8' | 'noArticle'

/**
 * Thrown by parseArticle for text, and htmlToArticleText for a page, that is not an article. The message is in Vietnamese with
 * English in brackets, and starts with the file's name when one is given.
 */
export class ParseError extends Error {
  readonly reason: ParseErrorReason
  readonly fileName?: string

  constructor(reason: ParseErrorReason, message: string, fileName?: string) {
    super(fileName ? `${fileName}: ${message}` : message)
    this.name = 'ParseError'
    this.reason = reason
    if (fileName) this.fileName = fileName
  }
}
