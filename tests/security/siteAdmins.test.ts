import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { adminRead, call, security } from './client'
import { SECURITY_PASSWORD } from './globalSetup'

type Account = { id: string; email: string }

/** An account made by the installation's admin, with roles on the sites given. */
const account = async (
  label: string,
  sites: { site: string; roles: string[] }[],
): Promise<Account> => {
  const email = `${label}-${randomUUID().slice(0, 6)}@toasoan.test`
  const answer = await call('/api/users', {
    as: 'admin',
    method: 'POST',
    body: { email, password: SECURITY_PASSWORD, fullName: `Quản trị cổng thử ${label}`, sites },
  })
  if (answer.status !== 201) throw new Error(`account ${label}: ${answer.status} ${answer.text}`)
  return { id: answer.json.doc.id, email }
}

const login = (email: string, password = SECURITY_PASSWORD) =>
  call('/api/users/login', { method: 'POST', body: { email, password } })

let siteAdminToken: string
/** Reporter here, editor on the other site: its login opens the other site's newsroom. */
let twoSites: Account
let ownSiteOnly: Account

beforeAll(async () => {
  const { site, sites } = security()
  const other = site.name === 'root' ? sites.city : sites.root
  const siteAdmin = await account('quan-tri-cong', [{ site: site.id, roles: ['siteAdmin'] }])
  siteAdminToken = (await login(siteAdmin.email)).json.token
  twoSites = await account('hai-cong', [
    { site: site.id, roles: ['reporter'] },
    { site: other.id, roles: ['editor'] },
  ])
  ownSiteOnly = await account('mot-cong', [{ site: site.id, roles: ['reporter'] }])
})

const asSiteAdmin = (path: string, body: unknown) =>
  call(path, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${siteAdminToken}` },
    body,
  })

describe("a site's admin and accounts that reach another site", () => {
  it('should not take over an account with roles on another site: password, email or name', async () => {
    for (const body of [
      { password: 'mật-khẩu-của-kẻ-chiếm-quyền-1' },
      { email: `chiem-quyen-${randomUUID().slice(0, 6)}@toasoan.test` },
      { fullName: 'Đổi tên' },
    ]) {
      const answer = await asSiteAdmin(`/api/users/${twoSites.id}`, body)
      expect([Object.keys(body)[0], answer.status]).toEqual([Object.keys(body)[0], 403])
    }
    const stored = await adminRead('users', twoSites.id)
    expect([stored.email, stored.fullName]).toEqual([twoSites.email, 'Quản trị cổng thử hai-cong'])
    expect((await login(twoSites.email)).status).toBe(200)
  })

  it('should not take it over through GraphQL either', async () => {
    const answer = await call('/api/graphql', {
      method: 'POST',
      headers: { Authorization: `JWT ${siteAdminToken}` },
      body: {
        query: `mutation { updateUser(id: "${twoSites.id}", data: { password: "mật-khẩu-chiếm-2" }) { id } }`,
      },
    })
    expect(answer.json.data?.updateUser ?? null).toBeNull()
    expect((await login(twoSites.email)).status).toBe(200)
  })

  it('should still change an account of their own site alone', async () => {
    const answer = await asSiteAdmin(`/api/users/${ownSiteOnly.id}`, { fullName: 'Tên mới' })
    expect(answer.status).toBe(200)
    expect((await adminRead('users', ownSiteOnly.id)).fullName).toBe('Tên mới')
  })
})
