import { messageInLanguage } from '../utilities/messageInLanguage'

/**
 * The message of a refused API call (Payload's `errors[0].message`), in the reader's admin
 * language (the server writes "Vietnamese (English)"), else the fallback.
 */
export const responseErrorMessage = async (
  response: Response,
  fallback: string,
  language: string,
): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[]; message?: string }
    const message = body.errors?.[0]?.message ?? body.message
    return message ? messageInLanguage(message, language) : fallback
  } catch {
    // not JSON: the status says enough
    return fallback
  }
}
