import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapter } from 'payload'

import { sqliteAdapterOf } from './sqliteClientOf'

/**
 * The statements a new migration would hold: none when the committed migrations describe the
 * collections as they are. Compares the newest migration's schema snapshot with the one the
 * config gives, as `payload migrate:create` does.
 */
export const pendingMigrationStatements = async (db: DatabaseAdapter): Promise<string[]> => {
  const adapter = sqliteAdapterOf(db)
  const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
  const snapshots = readdirSync(adapter.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  const latest = snapshots.at(-1)
  const before = latest
    ? JSON.parse(readFileSync(path.join(adapter.migrationDir, latest), 'utf8'))
    : adapter.defaultDrizzleSnapshot
  return generateMigration(before, await generateDrizzleJson(adapter.schema))
}
