import { dataPaths } from '../backup/dataPaths'
import { restoreSqlite } from '../backup/restoreSqlite'

// `npm run restore -- <archive>`: into the empty data folder the settings name.
const archive = process.argv[2]
if (!archive) {
  console.error('Usage: npm run restore -- <backups/toasoan-….tar.gz>')
  process.exit(2)
}
try {
  const paths = dataPaths()
  await restoreSqlite(archive, paths)
  console.log(`Restored ${archive} into ${paths.databaseFile} and ${paths.mediaDir}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
