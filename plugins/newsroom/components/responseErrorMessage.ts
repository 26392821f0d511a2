/** The message of a refused API call (Payload's `errors[0].message`), else the fallback. */
export const responseErrorMessage = async (
  response: Response,
  fallback: string,
): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[]; message?: string }
    return body.errors?.[0]?.message ?? body.message ?? fallback
  } catch {
    // not JSON: the status says enough
    return fallback
  }
}
