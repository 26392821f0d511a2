import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

type SqliteAdapterObj = DatabaseAdapterObj<SQLiteAdapter>

/** Rows ANALYZE samples per index: about half a second at 100,000 articles. */
const ANALYSIS_LIMIT = 400

/**
 * Refreshes SQLite's query-planner statistics at connect. Without them the planner takes every
 * equality for a selective one: an anonymous read of ten articles by id (`id IN (…)` and
 * `_status = 'published'`) walked the status index through every published article instead of
 * looking the ten ids up — 234 ms instead of 37 ms at 100,000 articles.
 */
export const withPlannerStatistics = (adapterObj: SqliteAdapterObj): SqliteAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const { connect } = adapter
    adapter.connect = async (options) => {
      await connect?.call(adapter, options)
      await adapter.client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
      await adapter.client.execute('ANALYZE')
    }
    return adapter
  },
})
