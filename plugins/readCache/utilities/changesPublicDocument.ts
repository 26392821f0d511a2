type Status = { _status?: unknown }

type ChangesPublicDocumentArgs = {
  /** The documents the operation returned: the ones written, or the ones deleted. */
  documents: Status[]
  isDelete: boolean
  /** Payload saved a draft version only, leaving the published document as it was. */
  isDraftSave: boolean
  /** Whether the document was published before the write; `undefined`: not known. */
  wasPublished: boolean | undefined
}

/** Anything not known to be a draft may be public: when unsure, clear. */
const mayBePublished = (doc: Status) => doc._status !== 'draft'

/**
 * Whether a write to a collection with drafts can change what anonymous readers see, who only
 * ever see published documents: a write that leaves a document published (publishing, a
 * correction), a non-draft write over a published one (unpublishing), the delete of a published
 * one. A draft save never does: Payload writes only a new version, not the published document.
 */
export const changesPublicDocument = ({
  documents,
  isDelete,
  isDraftSave,
  wasPublished,
}: ChangesPublicDocumentArgs): boolean => {
  const isAnyPublished = documents.some(mayBePublished)
  if (isDelete) return isAnyPublished
  return isAnyPublished || (!isDraftSave && wasPublished !== false)
}
