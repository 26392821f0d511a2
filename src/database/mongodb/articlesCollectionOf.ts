import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapter } from 'payload'

/**
 * The driver's `articles` collection (not the mongoose model, whose timestamps and casting stand
 * between the app and the database): the one place the MongoDB adapter's type is asserted.
 */
export const articlesCollectionOf = (db: DatabaseAdapter) => {
  if (db.name !== 'mongoose') {
    throw new Error(`toasoan: expected the MongoDB adapter, got "${db.name}".`)
  }
  return (db as unknown as MongooseAdapter).collections.articles.collection
}

export type ArticlesCollection = ReturnType<typeof articlesCollectionOf>
