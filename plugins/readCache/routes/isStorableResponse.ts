/** A 200 JSON answer that is the same for every anonymous reader. */
export const isStorableResponse = (response: Response): boolean => {
  if (response.status !== 200) return false
  if (!response.headers.get('content-type')?.includes('json')) return false
  if (response.headers.has('set-cookie')) return false
  return !/\b(no-store|private)\b/.test(response.headers.get('cache-control') ?? '')
}
