import { createClient } from '@libsql/client'
import { MongoClient } from 'mongodb'

/** Every article's views added up, read straight from the database after the app counted. */
export const viewTotal = async (databaseUri: string): Promise<number> => {
  if (databaseUri.startsWith('file:')) {
    const db = createClient({ url: databaseUri })
    const [row] = (await db.execute('SELECT sum(views) AS views FROM articles')).rows
    db.close()
    return Number(row?.views ?? 0)
  }
  const client = await MongoClient.connect(databaseUri)
  const [row] = await client
    .db()
    .collection('articles')
    .aggregate<{ views: number }>([{ $group: { _id: null, views: { $sum: '$views' } } }])
    .toArray()
  await client.close()
  return row?.views ?? 0
}
