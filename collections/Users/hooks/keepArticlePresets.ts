import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'
import { saveArticlePresets } from '@/presets/articlePresets'

const sameRoles = (a: User['roles'], b: User['roles']) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((role) => (b ?? []).includes(role))

/** Each account gets its saved article filters, rewritten when its roles change. */
export const keepArticlePresets: CollectionAfterChangeHook<User> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'create' || !sameRoles(doc.roles, previousDoc?.roles)) {
    await saveArticlePresets(req.payload, doc, req)
  }
  return doc
}
