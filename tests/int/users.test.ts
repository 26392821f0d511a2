import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let adminToken: string
let adminId: string

beforeAll(async () => {
  payload = await testPayload()
})

describe('the first account', () => {
  it('should become an admin whatever roles the registration form sent', async () => {
    const { status, json } = await rest('POST', '/users/first-register', {
      body: {
        email: 'toasoan@baobackan.test',
        password: TEST_PASSWORD,
        confirmPassword: TEST_PASSWORD,
        fullName: 'Quản trị tòa soạn',
        roles: ['reporter'],
      },
    })
    expect(status).toBe(200)
    adminId = json.user.id
    const stored = await payload.findByID({ collection: 'users', id: adminId })
    expect(stored.roles).toEqual(['admin'])
    adminToken = await login('toasoan@baobackan.test', TEST_PASSWORD)
  })

  it('should not let anyone register a "first" account once one exists', async () => {
    const { status } = await rest('POST', '/users/first-register', {
      body: { email: 'ke-gian@example.test', password: TEST_PASSWORD, fullName: 'Kẻ gian' },
    })
    expect(status).toBe(403)
  })
})

describe('creating accounts', () => {
  it('should let an admin create an editor', async () => {
    const { status, json } = await rest('POST', '/users', {
      token: adminToken,
      body: {
        email: 'bientap@baobackan.test',
        password: TEST_PASSWORD,
        fullName: 'Nguyễn Thị Biên Tập',
        penName: 'Thu Hà',
        roles: ['editor'],
      },
    })
    expect(status).toBe(201)
    expect(json.doc.roles).toEqual(['editor'])
    expect(json.doc.penName).toBe('Thu Hà')
  })

  it('should refuse account creation to an editor-in-chief', async () => {
    const chief = await createUser(payload, ['editorInChief'])
    const { status } = await rest('POST', '/users', {
      token: await login(chief.email, TEST_PASSWORD),
      body: { email: 'moi@baobackan.test', password: TEST_PASSWORD, fullName: 'Người mới' },
    })
    expect(status).toBe(403)
  })
})

describe('roles', () => {
  it('should ignore a reporter giving themselves a role over REST', async () => {
    const reporter = await createUser(payload, ['reporter'])
    const token = await login(reporter.email, TEST_PASSWORD)
    const { status } = await rest('PATCH', `/users/${reporter.id}`, {
      token,
      body: { roles: ['admin'], penName: 'Triệu Biển' },
    })
    expect(status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: reporter.id })
    expect(stored.roles).toEqual(['reporter'])
    expect(stored.penName).toBe('Triệu Biển')
  })

  it('should ignore a reporter giving themselves a role over GraphQL', async () => {
    const reporter = await createUser(payload, ['reporter'])
    const token = await login(reporter.email, TEST_PASSWORD)
    await graphql(
      `mutation { updateUser(id: "${reporter.id}", data: { roles: [admin] }) { id } }`,
      { token },
    )
    const stored = await payload.findByID({ collection: 'users', id: reporter.id })
    expect(stored.roles).toEqual(['reporter'])
  })

  it('should ignore an editor changing roles through the Local API acting as them', async () => {
    const editor = await createUser(payload, ['editor'])
    await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['editorInChief'] },
      user: editor,
      overrideAccess: false,
    })
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.roles).toEqual(['editor'])
  })

  it("should refuse a reporter editing another user's profile", async () => {
    const reporter = await createUser(payload, ['reporter'])
    const { status } = await rest('PATCH', `/users/${adminId}`, {
      token: await login(reporter.email, TEST_PASSWORD),
      body: { fullName: 'Đổi tên quản trị' },
    })
    expect(status).toBe(403)
  })

  it('should let an admin change a role', async () => {
    const reporter = await createUser(payload, ['reporter'])
    const { status } = await rest('PATCH', `/users/${reporter.id}`, {
      token: adminToken,
      body: { roles: ['editor'] },
    })
    expect(status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: reporter.id })
    expect(stored.roles).toEqual(['editor'])
  })
})

describe('privacy', () => {
  it('should refuse the user list to anonymous REST and GraphQL clients', async () => {
    const { status } = await rest('GET', '/users')
    expect(status).toBe(403)
    const { json } = await graphql('{ Users { docs { email } } }')
    expect(json.errors[0].extensions.statusCode).toBe(403)
  })
})
