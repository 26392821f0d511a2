'use client'

import { useEffect, useState } from 'react'

import type { PeopleFields, Person } from './types'

/** The people a document can be assigned to, by name; none when the list cannot be read. */
export const usePeople = ({
  apiRoute,
  people,
  isEnabled,
}: {
  apiRoute: string
  people: PeopleFields
  isEnabled: boolean
}) => {
  const [users, setUsers] = useState<Person[]>()
  useEffect(() => {
    if (!isEnabled) return
    const controller = new AbortController()
    fetch(`${apiRoute}/${people.collection}?limit=200&depth=0&sort=${people.nameField}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Person[] }) => setUsers(body.docs ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [apiRoute, isEnabled, people.collection, people.nameField])
  return users
}
