import { searchPageMongo } from './searchPageMongo'
import { searchPageSqlite } from './searchPageSqlite'
import type { SearchPage, SearchPageArgs } from './types'

/**
 * One page of published articles that have every word, title hits first, then the newest. Each
 * database answers from its own full-text index: a scan of every article's text would take
 * seconds at 50,000 articles.
 */
export const searchPage = (args: SearchPageArgs): Promise<SearchPage> =>
  args.payload.db.name === 'mongoose' ? searchPageMongo(args) : searchPageSqlite(args)
