import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Before a non-draft update of one document, notes whether its published document is public now:
 * after the write only this tells unpublishing from moving an unpublished document along. The
 * document's latest version (Payload's `previousDoc`) may be a pending draft of a published
 * document, so the main document is read. Keyed by the operation's arguments, which Payload hands
 * on to `afterOperation`.
 */
export const notePublishedBefore =
  (notes: WeakMap<object, boolean>): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'update' || args.draft || !('id' in args)) return args
    const current = await req.payload.db.findOne<{ id: string; _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: args.id } },
      select: { _status: true },
      req,
    })
    notes.set(args, current?._status === 'published')
    return args
  }
