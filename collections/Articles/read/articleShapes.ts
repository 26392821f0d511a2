import type { ArticlesSelect, Config } from '@/payload-types'

/**
 * What a list of articles shows (a category page, "Tin cùng chuyên mục", a day's archive, search
 * results): no body, so a page of twenty stays a few kilobytes instead of a few hundred.
 */
export const articleListSelect = {
  title: true,
  slug: true,
  language: true,
  lead: true,
  publishedAt: true,
  publishedAtDisplay: true,
  // The printed byline is made from the stored names: both are needed.
  byline: { role: true, displayName: true },
  bylineText: true,
  category: true,
  featuredImage: true,
  views: true,
} satisfies ArticlesSelect<true>

/** The fields of linked records a portal prints: names and pictures, not their whole records. */
export const articlePopulate = {
  // The other language's version of an article: where its link goes and what it says.
  articles: { title: true, slug: true, language: true },
  categories: { name: true, slug: true, parent: true, untranslatedFields: true },
  media: {
    alt: true,
    caption: true,
    credit: true,
    creditText: true,
    captionText: true,
    filename: true,
    mimeType: true,
    width: true,
    height: true,
    url: true,
    sizes: true,
  },
  meetings: {
    title: true,
    slug: true,
    kind: true,
    startsAt: true,
    partOfDay: true,
    place: true,
    chairTitle: true,
  },
  officials: { fullName: true, slug: true },
  units: { name: true, shortName: true, slug: true },
} satisfies Partial<{
  [Slug in keyof Config['collectionsSelect']]: Config['collectionsSelect'][Slug]
}>

/** What an article's own page shows: the list fields and the body, audio, meeting and people. */
export const articlePageSelect = {
  ...articleListSelect,
  body: true,
  audio: true,
  meeting: true,
  officials: true,
  units: true,
  translationOf: true,
  translations: true,
} satisfies ArticlesSelect<true>

/**
 * REST answers in the portal's shapes above, with linked records' names (depth 1); GraphQL reads
 * whole documents at depth 0 and resolves what each query asks for itself.
 */
export type ReadApi = 'rest' | 'graphql'

export const listShape = (api: ReadApi) =>
  api === 'rest' ? { depth: 1, select: articleListSelect, populate: articlePopulate } : { depth: 0 }

export const pageShape = (api: ReadApi) =>
  api === 'rest' ? { depth: 1, select: articlePageSelect, populate: articlePopulate } : { depth: 0 }
