import { FileRetrievalError, type AfterErrorHook } from 'payload'

/**
 * Errors Payload raises on a client's malformed input but answers as a 500 "Something went
 * wrong": a `where` or body that is no JSON (JSON.parse's SyntaxError) and a URL upload whose
 * address is malformed, not http(s), or private (FileRetrievalError). They are the client's
 * mistake, so they become a 400 with the reason. Payload's error classes are told apart by
 * `instanceof`: the production build's minifier renames them (`name` is "" or "n" there).
 */
export const answerMalformedInput: AfterErrorHook = ({ error }) => {
  if (error.name === 'SyntaxError') {
    return {
      status: 400,
      response: { errors: [{ message: `JSON không hợp lệ (malformed JSON: ${error.message}).` }] },
    }
  }
  if (error instanceof FileRetrievalError) {
    return {
      status: 400,
      response: { errors: [{ message: `Không lấy được tệp từ địa chỉ này (${error.message})` }] },
    }
  }
}
