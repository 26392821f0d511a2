import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

/** What the portal reads besides articles: the site settings, and the SEO fields of an article. */

let payload: Payload
let adminToken: string
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  const admin = await createUser(payload, ['admin'])
  const editor = await createUser(payload, ['editorInChief'])
  adminToken = await login(admin.email, TEST_PASSWORD)
  editorToken = await login(editor.email, TEST_PASSWORD)
})

describe('the site settings', () => {
  it('should be edited by admins and read by anyone over GraphQL', async () => {
    const saved = await rest('POST', '/globals/site-settings', {
      token: adminToken,
      body: { name: 'Cổng thông tin điện tử xã Thử', phone: '0209 000 000' },
    })
    expect(saved.status).toBe(200)
    const { json } = await graphql('{ SiteSettings { name phone address } }')
    expect(json.data.SiteSettings).toEqual({
      name: 'Cổng thông tin điện tử xã Thử',
      phone: '0209 000 000',
      address: null,
    })
  })

  it('should refuse changes from anyone but an admin', async () => {
    const byEditor = await rest('POST', '/globals/site-settings', {
      token: editorToken,
      body: { name: 'Đổi tên' },
    })
    const anonymous = await rest('POST', '/globals/site-settings', { body: { name: 'Đổi tên' } })
    expect([byEditor.status, anonymous.status]).toEqual([403, 403])
    expect((await payload.findGlobal({ slug: 'site-settings' })).name).not.toBe('Đổi tên')
  })
})

describe("an article's SEO fields", () => {
  it('should take the title and lead when left empty, and keep what the editor wrote', async () => {
    const filled = await payload.create({
      collection: 'articles',
      data: { title: 'Hội nghị tổng kết', lead: 'Sáng nay, tỉnh tổng kết năm.' },
    })
    expect(filled.meta).toMatchObject({
      title: 'Hội nghị tổng kết',
      description: 'Sáng nay, tỉnh tổng kết năm.',
    })
    const written = await payload.create({
      collection: 'articles',
      data: { title: 'Hội nghị', lead: 'Sapo', meta: { title: 'Tiêu đề chia sẻ' } },
    })
    expect(written.meta).toMatchObject({ title: 'Tiêu đề chia sẻ', description: 'Sapo' })
  })
})
