import { ObjectId } from 'mongodb'

import type { ArticlesCollection } from './articlesCollectionOf'

/** One findOneAndUpdate with $inc: the database counts, nothing is read first. */
export const incrementViews = async (
  articles: ArticlesCollection,
  id: string,
): Promise<number | null> => {
  if (!ObjectId.isValid(id)) return null
  const result = await articles.findOneAndUpdate(
    { _id: new ObjectId(id), _status: 'published' },
    { $inc: { views: 1 } },
    { returnDocument: 'after', projection: { views: 1 } },
  )
  // mongodb driver 6 returns the document itself (includeResultMetadata defaults to false).
  return typeof result?.views === 'number' ? result.views : null
}
