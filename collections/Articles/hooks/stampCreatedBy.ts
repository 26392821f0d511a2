import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** The server, not the client, says who created an article: it decides who may edit the draft. */
export const stampCreatedBy: CollectionBeforeChangeHook<Article> = ({ data, operation, req }) =>
  operation === 'create' && req.user ? { ...data, createdBy: req.user.id } : data
