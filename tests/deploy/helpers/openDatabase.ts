import { getPayload } from 'payload'

import { pendingMigrationStatements } from '@/database/sqlite/pendingMigrationStatements'
import config from '@payload-config'

/**
 * `tsx tests/deploy/helpers/openDatabase.ts`: opens the database DATABASE_URI names as the app
 * would under the NODE_ENV it is given (development pushes the schema, production applies the
 * migrations), then prints, as a JSON line, the statements a new migration would hold: none when the
 * committed migrations describe the collections as they are.
 */
const payload = await getPayload({ config })
const pending = await pendingMigrationStatements(payload.db)
console.log(`pending migration statements: ${JSON.stringify(pending)}`)
await payload.destroy()
process.exit(0)
