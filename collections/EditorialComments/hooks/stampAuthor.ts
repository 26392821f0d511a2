import type { CollectionBeforeChangeHook } from 'payload'

/** The logged-in person wrote the comment, whatever the client sent. */
export const stampAuthor: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) =>
  operation === 'create'
    ? { ...data, author: req.user?.id ?? null }
    : { ...data, author: originalDoc?.author }
