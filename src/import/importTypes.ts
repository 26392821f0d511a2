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
