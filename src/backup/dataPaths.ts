import path from 'node:path'

export type DataPaths = { databaseFile: string; mediaDir: string }

/**
 * Where this installation keeps its data, from the same settings the app reads: the SQLite file
 * of DATABASE_URI (default data/toasoan.db) and MEDIA_DIR (default media/). MongoDB is backed up
 * with mongodump instead (docker-compose.yml's backup service).
 */
export const dataPaths = (): DataPaths => {
  const uri = process.env.DATABASE_URI || 'file:./data/toasoan.db'
  if (!uri.startsWith('file:')) {
    throw new Error(
      'npm run backup / restore work on the SQLite file; for MongoDB use mongodump / mongorestore (README.md, "Backups").',
    )
  }
  return {
    databaseFile: path.resolve(uri.slice('file:'.length)),
    mediaDir: path.resolve(process.env.MEDIA_DIR || 'media'),
  }
}
