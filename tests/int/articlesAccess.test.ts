import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { placeInStage } from '../helpers/workflow'

let payload: Payload
let reporterA: Awaited<ReturnType<typeof createUser>>
let reporterB: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>
let tokenA: string
let tokenB: string
let draftId: string
let publishedId: string
let meetingId: string

beforeAll(async () => {
  payload = await testPayload()
  // The first account always becomes an admin; the people under test come after it.
  await createUser(payload, ['admin'])
  meetingId = (
    await payload.create({ collection: 'meetings', data: { title: 'Họp thử', kind: 'other' } })
  ).id
  reporterA = await createUser(payload, ['reporter'], 'Triệu Biển')
  reporterB = await createUser(payload, ['reporter'], 'Minh Hương')
  editor = await createUser(payload, ['editor'])
  tokenA = await login(reporterA.email, TEST_PASSWORD)
  tokenB = await login(reporterB.email, TEST_PASSWORD)

  const draft = await payload.create({
    collection: 'articles',
    data: {
      title: 'Bản nháp chưa duyệt',
      lead: 'Nội dung bí mật của bản nháp',
      meeting: meetingId,
    },
    draft: true,
    user: reporterA,
    overrideAccess: false,
  })
  draftId = draft.id

  const published = await payload.create({
    collection: 'articles',
    data: { title: 'Tin đã xuất bản', lead: 'Sapo đã duyệt', meeting: meetingId },
    user: editor,
    overrideAccess: false,
  })
  publishedId = published.id
  await placeInStage(payload, publishedId, 'published')
  // A newer, unpublished draft of a published article must stay private too.
  await payload.update({
    collection: 'articles',
    id: publishedId,
    data: { lead: 'Sapo sửa chưa duyệt' },
    user: await createUser(payload, ['editorInChief']),
    overrideAccess: false,
  })
})

describe('anonymous REST reads', () => {
  it('should list only published articles, draft=true included', async () => {
    for (const query of ['', '?draft=true']) {
      const { status, json } = await rest('GET', `/articles${query}`)
      expect(status).toBe(200)
      expect(json.docs.map((doc: { id: string }) => doc.id)).toEqual([publishedId])
    }
  })

  it('should not return a draft by id, draft=true included', async () => {
    for (const query of ['', '?draft=true']) {
      const { status } = await rest('GET', `/articles/${draftId}${query}`)
      expect(status).toBe(404)
    }
  })

  it('should show the published version, not the newer draft, with draft=true', async () => {
    const { json } = await rest('GET', `/articles/${publishedId}?draft=true`)
    expect(json.lead).toBe('Sapo đã duyệt')
  })

  it('should refuse the versions of an article', async () => {
    const { status } = await rest('GET', '/articles/versions')
    expect(status).toBe(403)
  })
})

describe('anonymous GraphQL reads', () => {
  it('should list only published articles, draft: true included', async () => {
    for (const args of ['', '(draft: true)']) {
      const { json } = await graphql(`{ Articles${args} { docs { id lead } } }`)
      expect(json.data.Articles.docs).toEqual([{ id: publishedId, lead: 'Sapo đã duyệt' }])
    }
  })

  it('should return no draft by id', async () => {
    const { json } = await graphql(`{ Article(id: "${draftId}", draft: true) { id title } }`)
    expect(json.data?.Article ?? null).toBeNull()
  })

  it('should not reveal drafts through a meeting join', async () => {
    const { json } = await graphql(`{ Meeting(id: "${meetingId}") { articles { docs { id } } } }`)
    expect(json.data.Meeting.articles.docs).toEqual([{ id: publishedId }])
  })
})

describe('staff reads', () => {
  it('should let a logged-in reporter read drafts', async () => {
    const { status, json } = await rest('GET', `/articles/${draftId}?draft=true`, { token: tokenB })
    expect(status).toBe(200)
    expect(json.title).toBe('Bản nháp chưa duyệt')
  })
})

describe('reporter edits', () => {
  it('should let a reporter edit their own draft', async () => {
    const { status } = await rest('PATCH', `/articles/${draftId}?draft=true`, {
      token: tokenA,
      body: { lead: 'Sapo của tác giả' },
    })
    expect(status).toBe(200)
  })

  it("should refuse another reporter's draft and leave it unchanged", async () => {
    const { status } = await rest('PATCH', `/articles/${draftId}?draft=true`, {
      token: tokenB,
      body: { title: 'Bị sửa trộm' },
    })
    expect(status).toBe(403)
    const stored = await payload.findByID({ collection: 'articles', id: draftId, draft: true })
    expect(stored.title).toBe('Bản nháp chưa duyệt')
  })

  it('should ignore a reporter publishing their own draft by writing _status', async () => {
    await rest('PATCH', `/articles/${draftId}`, { token: tokenA, body: { _status: 'published' } })
    const stored = await payload.findByID({ collection: 'articles', id: draftId })
    expect(stored._status).toBe('draft')
    expect((await rest('GET', `/articles/${draftId}`)).status).toBe(404)
  })

  it('should refuse a reporter editing a published article', async () => {
    const { status } = await rest('PATCH', `/articles/${publishedId}`, {
      token: tokenA,
      body: { title: 'Sửa bài đã đăng' },
    })
    expect(status).toBe(403)
  })

  it('should refuse GraphQL edits of another reporter draft', async () => {
    const { json } = await graphql(
      `mutation { updateArticle(id: "${draftId}", data: { title: "Qua GraphQL" }, draft: true) { id } }`,
      { token: tokenB },
    )
    expect(json.errors[0].extensions.statusCode).toBe(403)
    const stored = await payload.findByID({ collection: 'articles', id: draftId, draft: true })
    expect(stored.title).toBe('Bản nháp chưa duyệt')
  })

  it('should let an editor edit a submitted article', async () => {
    await placeInStage(payload, draftId, 'submitted')
    const updated = await payload.update({
      collection: 'articles',
      id: draftId,
      data: { lead: 'Biên tập viên sửa' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(updated.lead).toBe('Biên tập viên sửa')
  })
})

describe('server-owned fields', () => {
  it('should stamp the creator and ignore a forged creator and view count', async () => {
    const { status, json } = await rest('POST', '/articles?draft=true', {
      token: tokenA,
      body: { title: 'Bài mới của phóng viên', createdBy: reporterB.id, views: 5000 },
    })
    expect(status).toBe(201)
    const stored = await payload.findByID({
      collection: 'articles',
      id: json.doc.id,
      draft: true,
      depth: 0,
    })
    expect(stored.createdBy).toBe(reporterA.id)
    expect(stored.views).toBe(0)
  })

  it('should ignore a view count sent by the editor-in-chief', async () => {
    const chief = await createUser(payload, ['editorInChief'])
    await rest('PATCH', `/articles/${publishedId}`, {
      token: await login(chief.email, TEST_PASSWORD),
      body: { views: 99 },
    })
    const stored = await payload.findByID({ collection: 'articles', id: publishedId })
    expect(stored.views).toBe(0)
  })
})
