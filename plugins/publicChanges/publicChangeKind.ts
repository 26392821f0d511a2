/**
 * How a write changed what anonymous readers see, who only ever see published documents:
 * `published` (a document became public), `corrected` (a public document changed), `unpublished`
 * (a public document went back to a draft), `deleted` (a public document went away), `changed` (a
 * document of a collection without drafts was created or updated).
 */
export type PublicChangeKind = 'published' | 'corrected' | 'unpublished' | 'deleted' | 'changed'

export const publicChangeKinds: PublicChangeKind[] = [
  'published',
  'corrected',
  'unpublished',
  'deleted',
  'changed',
]

type PublicChangeKindArgs = {
  /** The document the operation returned: the one written, or the one deleted. */
  doc: { _status?: unknown }
  hasDrafts: boolean
  isDelete: boolean
  /** Payload saved a draft version only, leaving the published document as it was. */
  isDraftSave: boolean
  /** Whether the document was published before the write; `undefined`: not known. */
  wasPublished: boolean | undefined
}

/**
 * The change one written document makes for anonymous readers, `null` for none. In a collection
 * with drafts: a write that leaves the document published (publishing, a correction), a
 * non-draft write over a published one (unpublishing), the delete of a published one. A draft
 * save never counts: Payload writes only a new version, not the published document. Anything not
 * known to be a draft may be public, and an unknown previous state may have been: when unsure,
 * count it.
 */
export const publicChangeKind = ({
  doc,
  hasDrafts,
  isDelete,
  isDraftSave,
  wasPublished,
}: PublicChangeKindArgs): PublicChangeKind | null => {
  if (!hasDrafts) return isDelete ? 'deleted' : 'changed'
  const mayBePublished = doc._status !== 'draft'
  if (isDelete) return mayBePublished ? 'deleted' : null
  if (mayBePublished) return wasPublished === true ? 'corrected' : 'published'
  return !isDraftSave && wasPublished !== false ? 'unpublished' : null
}
