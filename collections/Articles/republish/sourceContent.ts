import { idOf } from '@/lib/idOf'
import type { Article } from '@/payload-types'

/** What a republication copies from its source, and what an approved update replaces. */
export type SourceContent = Pick<
  Article,
  'title' | 'lead' | 'body' | 'featuredImage' | 'audio' | 'byline' | 'officials' | 'units'
> & { meeting?: Article['meeting'] }

/** A correction waiting for the republishing site's approval (`republication.pendingUpdate`). */
export type PendingUpdate = {
  /** The source's published version that proposed it. */
  version: string
  proposedAt: string
  content: SourceContent
}

/** Payload's ids are strings here (generated types); a relationship keeps just the id. */
const one = (value: unknown): string | null => {
  const id = idOf(value)
  return id === undefined ? null : String(id)
}
const ids = (values: unknown[] | null | undefined): string[] =>
  (values ?? []).map(one).filter((id): id is string => id !== null)

/**
 * The source's content as written into a republication: its media stay the source site's (by
 * id), its byline keeps the original names as printed, its officials, units and meeting are the
 * installation's shared records.
 */
export const sourceContent = (source: Article): SourceContent => ({
  title: source.title,
  lead: source.lead ?? null,
  body: source.body ?? null,
  featuredImage: one(source.featuredImage),
  audio: one(source.audio),
  byline: (source.byline ?? []).map((entry) => ({
    person: { relationTo: entry.person.relationTo, value: one(entry.person.value) },
    role: entry.role,
    displayName: entry.displayName,
  })) as Article['byline'],
  meeting: one(source.meeting),
  officials: ids(source.officials),
  units: ids(source.units),
})
