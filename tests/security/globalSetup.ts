import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { loginOverRest, startSeededServer } from '../helpers/e2e'

/** A front end on another origin that the server is configured to allow (ALLOWED_ORIGINS). */
export const FRONT_END_ORIGIN = 'http://front.toasoan.test'

export const SECURITY_PASSWORD = 'mật-khẩu-kiểm-thử-an-ninh-1'
export const staffRoles = ['contributor', 'reporter', 'editor', 'editorInChief'] as const
export type StaffRole = (typeof staffRoles)[number]

export type SecurityContext = {
  url: string
  adminToken: string
  /** One account per role, logged in: its JWT, id and email. */
  staff: Record<StaffRole, { token: string; id: string; email: string }>
  /** Everything the server printed so far. */
  logFile: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    security: SecurityContext
  }
}

/** Routes `next dev` compiles on their first hit: hit once here, not in a test's time budget. */
const warmUp = async (url: string) => {
  await Promise.all([
    fetch(`${url}/api/articles?limit=1`),
    fetch(`${url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }),
    fetch(`${url}/api/media/file/none.png`),
    fetch(`${url}/api/articles/none/view`, { method: 'POST' }),
  ])
}

/**
 * One `npm run dev` for the whole folder, as the README starts it, seeded with the sample
 * newsroom, on SQLite or (project `security-mongodb`) on a fresh database at TEST_MONGODB_URI,
 * with its own Next build folder so that it can run beside the browser tests' server.
 */
export default async function setup(project: TestProject) {
  const database = project.config.env?.TEST_DATABASE
  const mongoUri = process.env.TEST_MONGODB_URI
  let databaseUri: string | undefined
  if (database === 'mongodb' && mongoUri) {
    const url = new URL(mongoUri)
    url.pathname = `/toasoan_security_${randomUUID().slice(0, 8)}`
    databaseUri = url.toString()
  }
  const logFile = path.join(mkdtempSync(path.join(tmpdir(), 'toasoan-security-')), 'server.log')
  const { server, api, adminToken } = await startSeededServer(SECURITY_PASSWORD, {
    databaseUri,
    distDir: `.next-security-${database ?? 'sqlite'}`,
    // Emails are written in full to the log, which the link tests read.
    env: { EMAIL_TRANSPORT: 'log', ALLOWED_ORIGINS: FRONT_END_ORIGIN },
    logFile,
  })
  try {
    await warmUp(server.url)
    const staff = {} as SecurityContext['staff']
    for (const role of staffRoles) {
      const email = `${role.toLowerCase()}-${randomUUID().slice(0, 6)}@toasoan.test`
      const { doc } = await api('/users', {
        method: 'POST',
        token: adminToken,
        body: { email, password: SECURITY_PASSWORD, fullName: `An ninh ${role}`, roles: [role] },
      })
      staff[role] = { token: await loginOverRest(api, email, SECURITY_PASSWORD), id: doc.id, email }
    }
    project.provide('security', { url: server.url, adminToken, staff, logFile })
  } catch (error) {
    await server.stop()
    throw error
  }
  return async () => {
    await server.stop()
    rmSync(path.dirname(logFile), { recursive: true, force: true })
  }
}
