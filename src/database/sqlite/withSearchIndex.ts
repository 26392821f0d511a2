import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { dropSearchIndex, ensureSearchIndex } from './searchIndex'

type SqliteAdapterObj = DatabaseAdapterObj<SQLiteAdapter>

/**
 * Gives the SQLite adapter the article search index. Outside production Payload pushes its schema
 * with drizzle-kit at connect, which would offer to drop the index's tables: the index is dropped
 * right before drizzle-kit compares (only when a push really happens, not on every hot reload)
 * and created again, filled from `articles`, once connected.
 */
export const withSearchIndex = (adapterObj: SqliteAdapterObj): SqliteAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const { connect, requireDrizzleKit } = adapter
    adapter.requireDrizzleKit = () => {
      const kit = requireDrizzleKit()
      return {
        ...kit,
        pushSchema: async (...pushArgs) => {
          await dropSearchIndex(adapter.client)
          return kit.pushSchema(...pushArgs)
        },
      }
    }
    adapter.connect = async (options) => {
      await connect?.call(adapter, options)
      await ensureSearchIndex(adapter.client)
    }
    return adapter
  },
})
