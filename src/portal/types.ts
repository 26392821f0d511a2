import type { Article, Category, Media, Meeting, Official, Unit } from '../payload-types'

/**
 * What the portal's queries select, in the generated types' names: GraphQL answers with the
 * fields asked for and linked records as objects (or null), never as ids.
 */
type Linked<T> = T | null

export type MediaSize = { url?: string | null; width?: number | null; height?: number | null }

export type PortalMedia = Pick<
  Media,
  | 'id'
  | 'alt'
  | 'caption'
  | 'credit'
  | 'creditText'
  | 'captionText'
  | 'url'
  | 'width'
  | 'height'
  | 'mimeType'
> & { sizes?: { thumbnail?: MediaSize; card?: MediaSize; large?: MediaSize } | null }

export type CategoryLink = Pick<Category, 'id' | 'name' | 'slug'>

export type ArticleListItem = Pick<
  Article,
  | 'id'
  | 'title'
  | 'slug'
  | 'language'
  | 'lead'
  | 'publishedAt'
  | 'publishedAtDisplay'
  | 'views'
  | 'bylineText'
> & { category: Linked<CategoryLink>; featuredImage: Linked<PortalMedia> }

/** The other language's version of an article, as its page links it. */
export type ArticleVersion = Pick<Article, 'id' | 'slug' | 'language' | 'title'>

export type OfficialLink = Pick<Official, 'id' | 'fullName' | 'slug'>
export type UnitLink = Pick<Unit, 'id' | 'name' | 'shortName' | 'slug'>

export type ArticlePage = ArticleListItem &
  Pick<Article, 'body' | 'updatedAt' | 'byline'> & {
    category: Linked<CategoryLink & { parent: Linked<CategoryLink> }>
    audio: Linked<PortalMedia>
    meeting: Linked<Pick<Meeting, 'id' | 'title' | 'slug'>>
    officials: OfficialLink[] | null
    units: UnitLink[] | null
    /** A republication's credit (đăng lại): the source site, its byline and address. */
    republication?: Pick<
      NonNullable<Article['republication']>,
      'sourceSiteName' | 'sourceByline' | 'sourceUrl'
    > | null
    /** The original of a translation, the translations of an original (published ones only). */
    translationOf?: Linked<ArticleVersion>
    translations?: { docs?: ArticleVersion[] | null } | null
    /** The SEO plugin's fields; empty ones are filled from the title, lead and picture. */
    meta?: { title?: string | null; description?: string | null; image?: PortalMedia | null } | null
  }

export type ArticleList = {
  docs: ArticleListItem[]
  totalDocs: number
  totalPages?: number
  page: number
  limit?: number
}

export type DayCount = { date: string; count: number }

export type MeetingListItem = Pick<
  Meeting,
  'id' | 'title' | 'slug' | 'kind' | 'startsAt' | 'partOfDay' | 'place' | 'chairTitle'
> & { chair: Linked<OfficialLink> }
