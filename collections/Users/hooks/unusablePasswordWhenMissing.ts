import { randomBytes } from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * An admin creating an account need not invent a password: the person chooses their own through
 * the invitation. Until then the account has a random one that nobody ever sees.
 */
export const unusablePasswordWhenMissing: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
}) => {
  if (operation !== 'create') return args
  const data = (args.data ?? {}) as { password?: unknown }
  if (typeof data.password === 'string' && data.password) return args
  return { ...args, data: { ...data, password: randomBytes(32).toString('base64url') } }
}
