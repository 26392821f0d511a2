/** Why a text is not a legacy article at all, as opposed to one with fields to check. */
export type ParseErrorReason = 'empty' | 'noTitle' | 'titleTooLong'

/**
 * Thrown by parseArticle for text that is not an article. The message is in Vietnamese with
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
