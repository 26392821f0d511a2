import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '@/access/isStaff'

/**
 * `?draft=true` asks for each article's newest version. For the public that is wrong twice: a
 * draft must never show (read access already filters it out), and a published article whose
 * correction is still a draft would then vanish from lists. So public reads always read the
 * published documents, whatever `draft` says.
 */
export const publishedOnlyForPublic: CollectionBeforeOperationHook<'articles'> = ({
  args,
  operation,
  req,
}) =>
  operation === 'read' && args.draft && !args.overrideAccess && !isStaff({ req })
    ? { ...args, draft: false }
    : args
