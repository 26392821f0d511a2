import type { DatabaseAdapter, DatabaseAdapterObj } from 'payload'

import type { SearchQuery } from '@/lib/searchQuery'
import type { SiteLanguage } from '@/sites/siteLanguages'

/**
 * Which articles a search looks at: those of one language (each language has its own index),
 * and of one site when given.
 */
export type SearchFilter = { language: SiteLanguage; site?: string }

export type SearchPageArgs = {
  /** What the reader typed, read as syllables or words in the filter's language (parseSearchQuery). */
  query: SearchQuery
  filter: SearchFilter
  offset: number
  limit: number
}

/** The ids of one page of published matches, best first, and how many match in all. */
export type SearchPage = { ids: string[]; totalDocs: number }

/** What the app does below Payload's API, each database in its own way. */
export type AppDatabase = {
  /**
   * One page of the filter's published articles, ranked as searchLevels says: phrase
   * before syllables apart, exact before folded, title before lead before body, then the newest.
   * Each database answers from its own full-text index: a scan of every article's text would take
   * seconds at 50,000 articles.
   */
  searchPage: (args: SearchPageArgs) => Promise<SearchPage>
  /**
   * Counts one view of a published article, atomically in the database, without a new version,
   * without touching its stage or update time (Payload's update would read, write the whole
   * document and save a version). The new count, or null when no published article has that id.
   */
  incrementViews: (id: string) => Promise<number | null>
}

/**
 * One database: Payload's adapter, which prepares the database at connect (the search index,
 * planner statistics), and the app's queries on that adapter once connected.
 */
export type Database = {
  adapter: DatabaseAdapterObj
  queries: (db: DatabaseAdapter) => AppDatabase
}
