import type { CollectionAfterOperationHook } from 'payload'

import { publicChangeKind, type PublicChangeKind } from './publicChangeKind'

const writes = ['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion']

type Documents = { docs?: Record<string, unknown>[] } & Record<string, unknown>

export type PublicChange = { doc: Record<string, unknown>; kind: PublicChangeKind }

type AfterOperationArgs = Parameters<CollectionAfterOperationHook>[0]

/**
 * The documents an operation changed for anonymous readers, each with how (see
 * `publicChangeKind`); none for reads, draft saves and writes that keep a document unpublished.
 */
export const publicChangesOf = ({
  args,
  hasDrafts,
  operation,
  publishedBefore,
  result,
}: Pick<AfterOperationArgs, 'args' | 'operation' | 'result'> & {
  hasDrafts: boolean
  publishedBefore: WeakMap<object, boolean>
}): PublicChange[] => {
  if (!writes.includes(operation) || !result) return []
  const written = result as Documents
  const isDelete = operation === 'delete' || operation === 'deleteByID'
  const isDraftSave = 'draft' in args && Boolean(args.draft)
  const wasPublished = operation === 'create' ? false : publishedBefore.get(args)
  return (written.docs ?? [written]).flatMap((doc) => {
    const kind = publicChangeKind({ doc, hasDrafts, isDelete, isDraftSave, wasPublished })
    return kind ? [{ doc, kind }] : []
  })
}
