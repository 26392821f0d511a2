import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { CapturingEmailAdapter } from '@/lib/email/capturingEmailAdapter'

import { rest, login } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let adminToken: string

const outbox = () => (payload.email as CapturingEmailAdapter).sent
const linkIn = (text: string) => text.match(/https?:\/\/\S+\/admin\/reset\/([\w-]+)/)

beforeAll(async () => {
  process.env.NEXT_PUBLIC_SERVER_URL = 'https://toasoan.baobackan.test'
  payload = await testPayload()
  const admin = await createUser(payload, ['admin'])
  adminToken = await login(admin.email, TEST_PASSWORD)
})

beforeEach(() => {
  outbox().length = 0
})

describe('inviting a new user', () => {
  it('should create an account without a password and email the person an absolute set-password link', async () => {
    const { status, json } = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'moi@baobackan.test', fullName: 'Lê Văn Mới', roles: ['reporter'] },
    })
    expect(status).toBe(201)
    expect(outbox()).toHaveLength(1)
    const [email] = outbox()
    expect(email.to).toEqual(['moi@baobackan.test'])
    expect(email.subject).toContain('Mời tham gia')
    expect(email.text).toContain('Chào Lê Văn Mới')
    expect(email.text).toContain('72 giờ')
    const link = linkIn(email.text)
    expect(link?.[0]).toMatch(/^https:\/\/toasoan\.baobackan\.test\/admin\/reset\//)

    const stored = await payload.findByID({
      collection: 'users',
      id: json.doc.id,
      showHiddenFields: true,
    })
    const hoursValid =
      (new Date(String(stored.resetPasswordExpiration)).getTime() - Date.now()) / 3_600_000
    expect(hoursValid).toBeGreaterThan(71)
    expect(hoursValid).toBeLessThanOrEqual(72)

    // The link works: the person chooses a password and logs in with it.
    const reset = await rest('POST', '/users/reset-password', {
      body: { token: link![1], password: 'mat-khau-cua-toi-1' },
    })
    expect(reset.status).toBe(200)
    await expect(login('moi@baobackan.test', 'mat-khau-cua-toi-1')).resolves.toBeTruthy()
  })

  it('should not let anyone log in before the invitation is used', async () => {
    await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'chua-dat@baobackan.test', fullName: 'Chưa Đặt', roles: ['editor'] },
    })
    const attempt = await rest('POST', '/users/login', {
      body: { email: 'chua-dat@baobackan.test', password: '' },
    })
    expect(attempt.status).toBeGreaterThanOrEqual(400)
  })

  it('should send nothing for accounts created with no one logged in (seed, scripts)', async () => {
    await createUser(payload, ['reporter'])
    expect(outbox()).toHaveLength(0)
  })
})

describe('resending an invitation', () => {
  it('should give the person a new link that replaces the old one', async () => {
    const { json } = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'gui-lai@baobackan.test', fullName: 'Gửi Lại', roles: ['reporter'] },
    })
    const first = linkIn(outbox()[0].text)![1]
    const resent = await rest('POST', `/users/${json.doc.id}/invitation`, { token: adminToken })
    expect(resent.status).toBe(200)
    expect(resent.json.message).toContain('gui-lai@baobackan.test')
    expect(outbox()).toHaveLength(2)
    const second = linkIn(outbox()[1].text)![1]
    expect(second).not.toBe(first)

    const stale = await rest('POST', '/users/reset-password', {
      body: { token: first, password: 'mat-khau-cu-1' },
    })
    expect(stale.status).toBeGreaterThanOrEqual(400)
    const fresh = await rest('POST', '/users/reset-password', {
      body: { token: second, password: 'mat-khau-moi-1' },
    })
    expect(fresh.status).toBe(200)
  })

  it('should refuse to resend for anyone but an admin, and for an unknown user', async () => {
    const chief = await createUser(payload, ['editorInChief'])
    const chiefToken = await login(chief.email, TEST_PASSWORD)
    const asChief = await rest('POST', `/users/${chief.id}/invitation`, { token: chiefToken })
    expect(asChief.status).toBe(403)
    const anonymous = await rest('POST', `/users/${chief.id}/invitation`)
    expect(anonymous.status).toBe(401)
    const unknown = await rest('POST', '/users/khong-co/invitation', { token: adminToken })
    expect(unknown.status).toBe(404)
    expect(outbox()).toHaveLength(0)
  })
})

describe('saved article filters', () => {
  it('should give each new account its own three presets, which nobody else sees', async () => {
    const reporter = await createUser(payload, ['reporter'], 'Triệu Biển')
    const other = await createUser(payload, ['editor'])
    const mine = await payload.find({
      collection: 'payload-query-presets',
      user: reporter,
      overrideAccess: false,
      sort: 'title',
    })
    expect(mine.docs.map((preset) => preset.title).sort()).toEqual([
      'Chờ tôi xử lý',
      'Của tôi',
      'Trả lại',
    ])
    expect(JSON.stringify(mine.docs.find((preset) => preset.title === 'Của tôi')?.where)).toContain(
      reporter.id,
    )
    const theirs = await payload.find({
      collection: 'payload-query-presets',
      user: other,
      overrideAccess: false,
      where: { title: { equals: 'Của tôi' } },
    })
    expect(theirs.docs).toHaveLength(1)
    expect(JSON.stringify(theirs.docs[0].where)).not.toContain(reporter.id)
  })

  it('should filter the articles list to what waits for the person', async () => {
    const reporter = await createUser(payload, ['reporter'])
    const editor = await createUser(payload, ['editor'])
    const own = await payload.create({
      collection: 'articles',
      data: { title: 'Bài của phóng viên' },
      user: reporter,
      overrideAccess: false,
    })
    await payload.create({
      collection: 'articles',
      data: { title: 'Bài của người khác' },
      user: editor,
      overrideAccess: false,
    })
    const { docs } = await payload.find({
      collection: 'payload-query-presets',
      user: reporter,
      overrideAccess: false,
      where: { title: { equals: 'Chờ tôi xử lý' } },
    })
    const waiting = await payload.find({
      collection: 'articles',
      where: docs[0].where as never,
      user: reporter,
      overrideAccess: false,
      draft: true,
    })
    expect(waiting.docs.map((article) => article.id)).toEqual([own.id])
  })
})
