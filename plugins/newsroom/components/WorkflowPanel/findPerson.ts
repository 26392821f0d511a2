import type { Person, PersonRef } from './types'

/** A populated person as is, an id looked up among the users loaded (else the bare id). */
export const findPerson = (users: Person[] | undefined, value: PersonRef): Person | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') return value
  return users?.find((user) => String(user.id) === String(value)) ?? { id: value }
}
