/** A GraphQL answer without `errors`: a partial or failed answer is not worth keeping. */
export const hasNoGraphqlErrors = (body: Uint8Array): boolean => {
  try {
    const result: unknown = JSON.parse(new TextDecoder().decode(body))
    return typeof result === 'object' && result !== null && !('errors' in result)
  } catch {
    return false
  }
}
