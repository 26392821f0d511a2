import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { findControlCharacter } from '../utilities/findControlCharacter'

const check = (
  data: unknown,
  req: PayloadRequest,
  entity: { collection?: string; global?: string },
) => {
  // What a client sends over REST or GraphQL (custom endpoints included); the server's own
  // Local API calls (seed, import scripts) clean their input themselves.
  if (req.payloadAPI === 'local') return
  const found = findControlCharacter(data)
  if (!found) return
  throw new ValidationError({
    ...entity,
    req,
    errors: [
      {
        path: found.path,
        message: `Có ký tự điều khiển ${found.codePoint} (control character ${found.codePoint} is not allowed in ${found.path || 'the input'}).`,
      },
    ],
  })
}

/**
 * Refuses, before any hook derives anything from them (a slug, a folded search text), writes
 * whose strings hold control characters, with a 400 naming the field: SQLite stored a title cut
 * at its NUL while the slug came from the whole text. Logins and password resets included.
 */
export const refuseControlCharacters =
  (slug: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') {
      check((args as { data?: unknown }).data, req, { collection: slug })
    }
    return args
  }

export const refuseControlCharactersInGlobal =
  (slug: string): GlobalBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation === 'update')
      check((args as { data?: unknown } | undefined)?.data, req, { global: slug })
    return args
  }
