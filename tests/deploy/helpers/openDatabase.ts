import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import config from '@payload-config'

/**
 * `tsx tests/deploy/helpers/openDatabase.ts`: opens the database DATABASE_URI names as the app
 * would under the NODE_ENV it is given (development pushes the schema, production applies the
 * migrations), then prints, as a JSON line, the statements a new migration would hold: none when the
 * committed migrations describe the collections as they are.
 */
const payload = await getPayload({ config })
const adapter = payload.db as unknown as SQLiteAdapter
const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
const snapshots = readdirSync(adapter.migrationDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
const latest = snapshots.at(-1)
const before = latest
  ? JSON.parse(readFileSync(path.join(adapter.migrationDir, latest), 'utf8'))
  : adapter.defaultDrizzleSnapshot
const pending = await generateMigration(before, await generateDrizzleJson(adapter.schema))
console.log(`pending migration statements: ${JSON.stringify(pending)}`)
await payload.destroy()
process.exit(0)
