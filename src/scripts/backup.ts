import path from 'node:path'

import { backupSqlite } from '../backup/backupSqlite'
import { dataPaths } from '../backup/dataPaths'

// `npm run backup`: while the app serves, into BACKUP_DIR (default backups/).
try {
  const archive = await backupSqlite(dataPaths(), path.resolve(process.env.BACKUP_DIR || 'backups'))
  console.log(`Backup written: ${archive} (checksum: ${archive}.sha256)`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
