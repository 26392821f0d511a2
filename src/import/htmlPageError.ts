/** Why a saved HTML page cannot be read as an article at all. */
export type HtmlPageErrorReason = 'tooLarge' | 'tooDeep' | 'notUtf8' | 'noArticle'

/**
 * Thrown by htmlToArticleText for a page it will not read. Like ParseError, the message is in
 * Vietnamese with English in brackets, and starts with the file's name when one is given.
 */
export class HtmlPageError extends Error {
  readonly reason: HtmlPageErrorReason
  readonly fileName?: string

  constructor(reason: HtmlPageErrorReason, message: string, fileName?: string) {
    super(fileName ? `${fileName}: ${message}` : message)
    this.name = 'HtmlPageError'
    this.reason = reason
    if (fileName) this.fileName = fileName
  }
}
