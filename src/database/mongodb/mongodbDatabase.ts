import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'

import type { Database } from '../types'
import { articlesCollectionOf } from './articlesCollectionOf'
import { incrementViews } from './incrementViews'
import { searchPage } from './searchPage'
import { withSearchIndex } from './withSearchIndex'

/** MongoDB (production on more than one machine), with the article search index. */
export const mongodbDatabase = (url: string): Database => ({
  adapter: withSearchIndex(
    mongooseAdapter({
      url,
      // Its own migrations folder (the schema needs none): each adapter's CLI reads only its own.
      migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb'),
      // Fail within seconds, not Mongo's default 30 s, when the server is unreachable.
      connectOptions: { serverSelectionTimeoutMS: 5_000 },
    }),
  ),
  queries: (db) => {
    const articles = articlesCollectionOf(db)
    return {
      searchPage: (args) => searchPage(articles, args),
      incrementViews: (id) => incrementViews(articles, id),
    }
  },
})
