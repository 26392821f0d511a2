/** The id of a relationship value, populated (`{ id }`) or not. */
export const idOf = (value: unknown): string | number | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return undefined
}
