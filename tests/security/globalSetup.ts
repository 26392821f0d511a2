import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { requestOnHost } from './request'
import { type Api, loginOverRest, startSeededServer } from '../helpers/e2e'

/** A front end on another origin that the server is configured to allow (ALLOWED_ORIGINS). */
export const FRONT_END_ORIGIN = 'http://front.toasoan.test'

export const SECURITY_PASSWORD = 'mật-khẩu-kiểm-thử-an-ninh-1'
export const staffRoles = ['contributor', 'reporter', 'editor', 'editorInChief'] as const
export type StaffRole = (typeof staffRoles)[number]

/** The portals every file of the suite attacks, one vitest project each (vitest.config.ts). */
export type SecuritySiteName = 'root' | 'city'

/** The sample city portal's host (src/seed/sampleSites.ts): its own articles and categories. */
export const CITY_HOST = 'thanhpho.backan.gov.vn'

/** The README's example article, on the sample provincial portal. */
const ROOT_ARTICLE_SLUG = 'kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh'

export type Account = { token: string; id: string; email: string }

export type SecuritySite = {
  name: SecuritySiteName
  /** The Host its readers ask on; none for the root site, which the server's own address reads. */
  host?: string
  id: string
  slug: string
  /**
   * One account per role, logged in: on the root site with the role on every site (`roles`), on
   * the city with the role on the city alone (a `sites[]` row).
   */
  staff: Record<StaffRole, Account>
  /** A published article of the site, with a byline and a meeting. */
  article: { id: string; slug: string; title: string }
  /** A draft of the site's reporter, never published. */
  draft: { id: string; slug: string; title: string }
}

export type SecurityContext = {
  url: string
  adminToken: string
  sites: Record<SecuritySiteName, SecuritySite>
  /** Everything the server printed so far. */
  logFile: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    security: SecurityContext
    /** The site this project's files attack. */
    securitySite: SecuritySiteName
  }
}

/** What an account holds the role with: on every site for the root site, else on its site only. */
export const roleOn = (site: Pick<SecuritySite, 'name' | 'id'>, role: StaffRole) =>
  site.name === 'root'
    ? { roles: [role] }
    : { roles: [], sites: [{ site: site.id, roles: [role] }] }

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

/** The site a request on this host reads, as the server chooses it. */
const siteOnHost = async (url: string, host?: string): Promise<{ id: string; slug: string }> => {
  const answer = await requestOnHost(`${url}/api/graphql`, {
    method: 'POST',
    host,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ currentSite { id slug } }' }),
  })
  return JSON.parse(answer.text).data.currentSite
}

/** A site of the sample installation, with its own accounts and a draft of its own. */
const prepareSite = async ({
  api,
  url,
  adminToken,
  name,
  host,
}: {
  api: Api
  url: string
  adminToken: string
  name: SecuritySiteName
  host?: string
}): Promise<SecuritySite> => {
  const { id, slug } = await siteOnHost(url, host)
  const staff = {} as SecuritySite['staff']
  for (const role of staffRoles) {
    const email = `${name}-${role.toLowerCase()}-${randomUUID().slice(0, 6)}@toasoan.test`
    const { doc } = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: {
        email,
        password: SECURITY_PASSWORD,
        fullName: `An ninh ${name} ${role}`,
        ...roleOn({ name, id }, role),
      },
    })
    staff[role] = { token: await loginOverRest(api, email, SECURITY_PASSWORD), id: doc.id, email }
  }
  // The root site's is the README's example; the city's its newest own report (not the
  // republication, which has no writer of the city's).
  const which =
    name === 'root' ? `where[slug][equals]=${ROOT_ARTICLE_SLUG}` : 'where[createdBy][exists]=true'
  const { docs } = await api(
    `/articles?where[site][equals]=${id}&where[_status][equals]=published&${which}&sort=-publishedAt&limit=1&depth=0`,
    { token: adminToken },
  )
  const { doc: draft } = await api('/articles', {
    method: 'POST',
    token: staff.reporter.token,
    body: { title: `Bản nháp riêng của cổng ${name} khi thử an ninh`, lead: 'Sapo nháp', site: id },
  })
  return {
    name,
    host,
    id,
    slug,
    staff,
    article: { id: docs[0].id, slug: docs[0].slug, title: docs[0].title },
    draft: { id: draft.id, slug: draft.slug, title: draft.title },
  }
}

/**
 * One `npm run dev` for the whole folder, as the README starts it, seeded with the sample
 * newsroom (two portals), on SQLite or (project `security-mongodb`) on a fresh database at
 * TEST_MONGODB_URI, with its own Next build folder so that it can run beside the browser tests'
 * server.
 */
const startSuiteServer = async (database: string) => {
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
    distDir: `.next-security-${database}`,
    // Emails are written in full to the log, which the link tests read.
    env: { EMAIL_TRANSPORT: 'log', ALLOWED_ORIGINS: FRONT_END_ORIGIN },
    logFile,
  })
  const stop = async () => {
    await server.stop()
    rmSync(path.dirname(logFile), { recursive: true, force: true })
  }
  try {
    await warmUp(server.url)
    const site = (name: SecuritySiteName, host?: string) =>
      prepareSite({ api, url: server.url, adminToken, name, host })
    const sites = { root: await site('root'), city: await site('city', CITY_HOST) }
    // Else the city's project would attack the root site a second time, and pass.
    if (sites.city.id === sites.root.id) throw new Error(`${CITY_HOST} reads the root site`)
    const context: SecurityContext = { url: server.url, adminToken, sites, logFile }
    return { context, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

type SharedServer = { users: number; started: ReturnType<typeof startSuiteServer> }

/**
 * The suite's projects (one per site, vitest.config.ts) share one server and one seed per
 * database (Next allows one dev server per folder and build folder): vitest runs this file once
 * per project, in one process but not always as one module, so they are kept on the process.
 */
const sharedServers = ((
  globalThis as { toasoanSecurityServers?: Map<string, SharedServer> }
).toasoanSecurityServers ??= new Map())

export default async function setup(project: TestProject) {
  const database = project.config.env?.TEST_DATABASE ?? 'sqlite'
  let shared = sharedServers.get(database)
  if (!shared) {
    shared = { users: 0, started: startSuiteServer(database) }
    sharedServers.set(database, shared)
  }
  shared.users += 1
  const { context, stop } = await shared.started
  project.provide('security', context)
  return async () => {
    shared.users -= 1
    if (shared.users > 0) return
    sharedServers.delete(database)
    await stop()
  }
}
