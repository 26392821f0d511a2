/** What the importer needs of a parsed legacy article (see parseArticle.ts). */
export type ParsedForImport = {
  title: string
  publishedAt?: string
  views?: number
  lead: string
  body: ({ kind: 'paragraph'; text: string } | { kind: 'caption'; text: string; credit?: string })[]
  audio: string[]
  byline?: string
  meeting?: {
    kind: 'review' | 'periodReview' | 'expandedConference' | 'workingVisit' | 'councilSession' | 'other'
    date?: string
    partOfDay?: 'morning' | 'afternoon' | 'evening'
    chair?: { name: string; titles: string[] }
    hostUnit?: string
  }
  officials: { name: string; titles: string[] }[]
  titleReferences: { title: string; text: string }[]
  units: string[]
  warnings: { field: string; message: string }[]
}

/** A record the import will reuse (it exists) or create. */
export type Planned = { action: 'reuse' | 'create'; id?: string; name: string }

export type ImportPlan = {
  file: string
  importKey: string
  /** An article from this very text exists already: the import changes nothing. */
  isAlreadyImported: boolean
  article: {
    title: string
    lead: string
    publishedAt?: string
    views?: number
    stage: 'draft' | 'published'
    byline?: string
  }
  units: (Planned & { kind: string; level: string })[]
  officials: (Planned & { titles: string[] })[]
  people: (Planned & { collection: 'users' | 'contributors'; roles: ('text' | 'photo')[] })[]
  meeting?: Planned & {
    kind: string
    date?: string
    partOfDay?: string
    chair?: string
    chairTitle?: string
    hostUnit?: string
  }
  /** "đồng chí Bí thư Thành ủy Bắc Kạn" → who held that title on the meeting day. */
  titleReferences: { title: string; official?: string }[]
  warnings: { field: string; message: string }[]
}
