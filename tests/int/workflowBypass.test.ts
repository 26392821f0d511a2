import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { transition } from '@plugins/newsroom'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let admin: TestUser
let reporter: TestUser
let editor: TestUser
let chief: TestUser
let chiefToken: string
let adminToken: string

const STAGES = ['draft', 'submitted', 'edited', 'approved', 'returned', 'unpublished', 'spiked']

/** A second read as admin, with the main document as the public would get it. */
const stored = async (id: string) => {
  const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
  return { stage: doc.workflowStage, status: doc._status }
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, ['admin'])
  reporter = await createUser(payload, ['reporter'])
  editor = await createUser(payload, ['editor'])
  chief = await createUser(payload, ['editorInChief'])
  chiefToken = await login(chief.email, TEST_PASSWORD)
  adminToken = await login(admin.email, TEST_PASSWORD)
})

describe('writing workflowStage or _status outside a transition', () => {
  it('should ignore them on REST PATCH, even from an admin', async () => {
    const id = await articleInStage(payload, 'submitted', { title: 'PATCH trạng thái' })
    const { status } = await rest('PATCH', `/articles/${id}`, {
      token: adminToken,
      body: { workflowStage: 'published', _status: 'published', title: 'Sửa tiêu đề' },
    })
    expect(status).toBe(200)
    const latest = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(latest).toMatchObject({
      title: 'Sửa tiêu đề',
      workflowStage: 'submitted',
      _status: 'draft',
    })
    expect(await stored(id)).toMatchObject({ stage: 'submitted', status: 'draft' })
  })

  // Bulk edits of articles are refused outright (collections/Articles: disableBulkEdit).
  it('should refuse a bulk PATCH with a where, leaving them as they were', async () => {
    const id = await articleInStage(payload, 'approved', { title: 'Sửa hàng loạt' })
    const query = `where[title][equals]=${encodeURIComponent('Sửa hàng loạt')}`
    const { status } = await rest('PATCH', `/articles?${query}`, {
      token: chiefToken,
      body: { workflowStage: 'published', _status: 'published' },
    })
    expect(status).toBe(403)
    expect(await stored(id)).toMatchObject({ stage: 'approved', status: 'draft' })
  })

  it('should ignore them on a GraphQL update', async () => {
    const id = await articleInStage(payload, 'approved', { title: 'GraphQL trạng thái' })
    await graphql(
      `mutation { updateArticle(id: "${id}", data: { workflowStage: published, _status: published }) { id } }`,
      { token: chiefToken },
    )
    expect(await stored(id)).toMatchObject({ stage: 'approved', status: 'draft' })
  })

  it('should ignore them on a GraphQL create, which starts a draft', async () => {
    const { json } = await graphql(
      `
        mutation {
          createArticle(
            data: { title: "Tạo qua GraphQL", workflowStage: published, _status: published }
          ) {
            id
          }
        }
      `,
      { token: chiefToken },
    )
    expect(await stored(json.data.createArticle.id)).toMatchObject({
      stage: 'draft',
      status: 'draft',
    })
  })

  it('should ignore them from the Local API acting as a user', async () => {
    const id = await articleInStage(payload, 'approved', { title: 'Local API người dùng' })
    await payload.update({
      collection: 'articles',
      id,
      data: { workflowStage: 'published', _status: 'published' },
      user: chief,
      overrideAccess: false,
    })
    expect(await stored(id)).toMatchObject({ stage: 'approved', status: 'draft' })
  })

  it('should ignore them even from the Local API with overrideAccess', async () => {
    const id = await articleInStage(payload, 'approved', { title: 'Local API hệ thống' })
    await payload.update({
      collection: 'articles',
      id,
      data: { workflowStage: 'published', _status: 'published' },
    })
    const created = await payload.create({
      collection: 'articles',
      data: { title: 'Tạo thẳng', workflowStage: 'published', _status: 'published' },
    })
    expect(await stored(id)).toMatchObject({ stage: 'approved', status: 'draft' })
    expect(await stored(created.id)).toMatchObject({ stage: 'draft', status: 'draft' })
  })

  it('should not let restoring an old published version republish a taken-down article', async () => {
    const id = await articleInStage(payload, 'published', { title: 'Bài bị gỡ' })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'unpublished',
      note: 'Gỡ',
      user: chief,
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      depth: 0,
    })
    const { status } = await rest('POST', `/articles/versions/${docs[0].id}`, { token: adminToken })
    expect(status).toBe(200)
    expect(await stored(id)).toMatchObject({ stage: 'unpublished', status: 'draft' })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
  })
})

describe('the public', () => {
  it('should see nothing unpublished at any stage, over REST and GraphQL, draft=true included', async () => {
    const ids = await Promise.all(
      STAGES.map((stage) => articleInStage(payload, stage, { title: `Công chúng ${stage}` })),
    )
    for (const id of ids) {
      for (const query of ['', '?draft=true']) {
        expect((await rest('GET', `/articles/${id}${query}`)).status).toBe(404)
      }
      const { json } = await graphql(`{ Article(id: "${id}", draft: true) { id } }`)
      expect(json.data?.Article ?? null).toBeNull()
    }
    for (const query of ['?limit=50', '?limit=50&draft=true']) {
      const { json } = await rest('GET', `/articles${query}`)
      const seen = json.docs.map((doc: { id: string }) => doc.id)
      expect(seen.filter((id: string) => ids.includes(id))).toEqual([])
    }
    const { json } = await graphql('{ Articles(draft: true, limit: 50) { docs { id } } }')
    expect(json.data.Articles.docs.filter((doc: { id: string }) => ids.includes(doc.id))).toEqual(
      [],
    )
  })

  it('should keep seeing the published text while a correction is edited, until it is published', async () => {
    const id = await articleInStage(payload, 'published', { title: 'Tin gốc', lead: 'Sapo gốc' })
    await payload.update({
      collection: 'articles',
      id,
      data: { title: 'Tin đã sửa', lead: 'Sapo đã sửa' },
      user: chief,
      overrideAccess: false,
    })
    expect((await rest('GET', `/articles/${id}`)).json.title).toBe('Tin gốc')
    expect((await rest('GET', `/articles/${id}?draft=true`)).json.title).toBe('Tin gốc')
    await transition({ payload, collection: 'articles', id, to: 'published', user: chief })
    expect((await rest('GET', `/articles/${id}`)).json).toMatchObject({
      title: 'Tin đã sửa',
      lead: 'Sapo đã sửa',
    })
  })
})

describe('who may edit content in which stage', () => {
  const canEdit = async (user: TestUser, id: string) => {
    try {
      await payload.update({
        collection: 'articles',
        id,
        data: { lead: `Sửa bởi ${user.fullName}` },
        user,
        overrideAccess: false,
      })
      return true
    } catch {
      return false
    }
  }

  it('should follow the stage: authors draft and returned, editors submitted and edited, the chief after approval', async () => {
    const people = { reporter, editor, chief }
    const expected: Record<string, string[]> = {
      draft: ['reporter'],
      returned: ['reporter'],
      submitted: ['editor', 'chief'],
      edited: ['editor', 'chief'],
      approved: ['chief'],
      published: ['chief'],
      unpublished: ['chief'],
      spiked: [],
    }
    const actual: Record<string, string[]> = {}
    for (const stage of Object.keys(expected)) {
      const id = await articleInStage(payload, stage, {
        title: `Quyền sửa ${stage}`,
        createdBy: reporter.id,
      })
      actual[stage] = []
      for (const [name, user] of Object.entries(people)) {
        if (await canEdit(user, id)) actual[stage].push(name)
      }
    }
    expect(actual).toEqual(expected)
  })

  it("should not let a reporter edit another reporter's draft", async () => {
    const other = await createUser(payload, ['reporter'])
    const id = await articleInStage(payload, 'draft', {
      title: 'Nháp của người khác',
      createdBy: other.id,
    })
    expect(await canEdit(reporter, id)).toBe(false)
  })

  it('should let an admin edit a spiked article', async () => {
    const id = await articleInStage(payload, 'spiked', { title: 'Bài đã hủy' })
    expect(await canEdit(admin, id)).toBe(true)
  })
})
