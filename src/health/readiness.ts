import type { Payload } from 'payload'

import { runsJobs } from './runsJobs'

export type Readiness = {
  isReady: boolean
  database: 'reachable' | 'unreachable'
  /** Migrations the code has and the database has not run: none when ready. */
  pendingMigrations: string[] | 'schema pushed (development)' | 'unknown'
  jobs: 'running' | 'not running' | 'off on this instance'
}

type WithProdMigrations = { prodMigrations?: { name: string }[] }

/**
 * What must hold before this instance is given traffic: its database answers, has every
 * migration the code ships (SQLite; MongoDB ships none), and the jobs queue runs if it should.
 * Names and counts only: no address, version or message that would help an attacker.
 */
export const readiness = async (payload: Payload): Promise<Readiness> => {
  const jobs = !runsJobs()
    ? 'off on this instance'
    : payload.crons.length
      ? 'running'
      : 'not running'
  let ran: string[]
  try {
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      depth: 0,
      pagination: false,
    })
    ran = docs.map((doc) => String(doc.name))
  } catch {
    return { isReady: false, database: 'unreachable', pendingMigrations: 'unknown', jobs }
  }
  const shipped = (payload.db as unknown as WithProdMigrations).prodMigrations ?? []
  const pendingMigrations =
    process.env.NODE_ENV === 'production'
      ? shipped.map((migration) => migration.name).filter((name) => !ran.includes(name))
      : 'schema pushed (development)'
  const isReady =
    (!Array.isArray(pendingMigrations) || pendingMigrations.length === 0) && jobs !== 'not running'
  return { isReady, database: 'reachable', pendingMigrations, jobs }
}
