import type { MeetingKind, ParsedArticle } from '@/import/parsedArticle'
import type { PartOfDay } from '@/options/partsOfDay'

/** The editable part of the preview, as the form holds it ('' is "empty"). */
export type Form = {
  title: string
  lead: string
  byline: string
  /** ISO 8601; '' when the text gave none. */
  publishedAt: string
  /** A category's id; the text never names one. */
  category: string
  date: string
  partOfDay: PartOfDay | ''
  kind: MeetingKind | ''
}

/** The body of `corrections`, as importEndpoints.ts reads it. */
export type Corrections = {
  title?: string
  lead?: string
  byline?: string | null
  publishedAt?: string
  category?: string
  meeting?: { date?: string | null; partOfDay?: PartOfDay | null; kind?: MeetingKind }
}

export const emptyForm: Form = {
  title: '',
  lead: '',
  byline: '',
  publishedAt: '',
  category: '',
  date: '',
  partOfDay: '',
  kind: '',
}

/** The form as the text was read. */
export const formOf = (parsed: ParsedArticle): Form => ({
  title: parsed.title ?? '',
  lead: parsed.lead ?? '',
  byline: parsed.byline ?? '',
  publishedAt: parsed.publishedAt ?? '',
  category: '',
  date: parsed.meeting?.date ?? '',
  partOfDay: parsed.meeting?.partOfDay ?? '',
  kind: parsed.meeting?.kind ?? '',
})

/** Only what the editor changed from the text as read. */
export const correctionsOf = (form: Form, read: Form | undefined): Corrections | undefined => {
  if (!read) return undefined
  const corrections: Corrections = {}
  if (form.title.trim() && form.title !== read.title) corrections.title = form.title.trim()
  if (form.lead.trim() && form.lead !== read.lead) corrections.lead = form.lead.trim()
  if (form.byline !== read.byline) corrections.byline = form.byline.trim() || null
  if (form.publishedAt && form.publishedAt !== read.publishedAt) {
    corrections.publishedAt = form.publishedAt
  }
  if (form.category) corrections.category = form.category
  const meeting: NonNullable<Corrections['meeting']> = {}
  if (form.date !== read.date) meeting.date = form.date || null
  if (form.partOfDay !== read.partOfDay) meeting.partOfDay = form.partOfDay || null
  if (form.kind && form.kind !== read.kind) meeting.kind = form.kind
  if (Object.keys(meeting).length) corrections.meeting = meeting
  return Object.keys(corrections).length ? corrections : undefined
}
