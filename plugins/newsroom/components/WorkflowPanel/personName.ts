import type { PeopleFields, Person } from './types'

/** A person's full name, else pen name, else email, else the fallback. */
export const personName = (
  fields: PeopleFields,
  person: Person | undefined,
  fallback: string,
): string =>
  String(person?.[fields.nameField] || person?.[fields.penNameField] || person?.email || fallback)
