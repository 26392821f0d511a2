import { ObjectId } from 'mongodb'
import type { Payload } from 'payload'

type MongoDb = {
  collections: Record<string, { collection: { findOneAndUpdate: (...args: any[]) => Promise<any> } }>
}

/**
 * One findOneAndUpdate with $inc on the driver's collection (not the mongoose model, whose
 * timestamps would touch updatedAt): the database counts, nothing is read first.
 */
export const incrementViewsMongo = async (payload: Payload, id: string): Promise<number | null> => {
  if (!ObjectId.isValid(id)) return null
  const { collection } = (payload.db as unknown as MongoDb).collections.articles
  const result = await collection.findOneAndUpdate(
    { _id: new ObjectId(id), _status: 'published' },
    { $inc: { views: 1 } },
    { returnDocument: 'after', projection: { views: 1 } },
  )
  // mongodb driver 6 returns the document itself (includeResultMetadata defaults to false).
  return result?.views ?? null
}
