import type { DatabaseAdapter, DatabaseAdapterObj } from 'payload'

export type SearchPageArgs = {
  /** The folded query words: each one or more of a–z and 0–9, see foldText. */
  words: string[]
  /** Only this site's articles (the search branch's `filter.site`; until then the caller's access filters). */
  site?: string
  offset: number
  limit: number
}

/** The ids of one page of published matches, best first, and how many match in all. */
export type SearchPage = { ids: string[]; totalDocs: number }

/** What the app does below Payload's API, each database in its own way. */
export type AppDatabase = {
  /**
   * One page of published articles that have every word, title hits first, then the newest. Each
   * database answers from its own full-text index: a scan of every article's text would take
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
