import type { FieldHook } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { personName, type PersonRef } from './personName'

type BylineEntry = { person?: PersonRef | null; role?: string | null; displayName?: string | null }

/**
 * A new document without a byline gets its creator as writer; every credit without a printed
 * name gets the person's pen name, stored so that reads never need to look people up.
 */
export const fillBylineNames =
  (config: SanitizedNewsroomConfig): FieldHook =>
  async ({ value, operation, req }) => {
    const entries = (Array.isArray(value) ? value : []) as BylineEntry[]
    const withCreator =
      operation === 'create' && !entries.length && req.user
        ? [{ person: { relationTo: config.usersCollection, value: req.user.id }, role: 'text' }]
        : entries
    if (operation !== 'create' && value === undefined) return value
    return Promise.all(
      withCreator.map(async (entry) => ({
        ...entry,
        displayName:
          entry.displayName?.trim() ||
          (entry.person ? await personName(config, entry.person, req) : undefined) ||
          null,
      })),
    )
  }
