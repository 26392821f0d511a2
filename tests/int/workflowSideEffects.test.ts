import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { CapturingEmailAdapter } from '@/lib/email/capturingEmailAdapter'
import { transition } from '@plugins/newsroom'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let admin: TestUser
let reporter: TestUser
let editorA: TestUser
let editorB: TestUser
let chief: TestUser

const outbox = () => (payload.email as CapturingEmailAdapter).sent

/** Who got an email, by address, sorted. */
const recipients = () =>
  outbox()
    .flatMap((email) => email.to)
    .sort()

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, ['admin'])
  reporter = await createUser(payload, ['reporter'], 'Triệu Biển')
  editorA = await createUser(payload, ['editor'], 'Biên tập A')
  editorB = await createUser(payload, ['editor'], 'Biên tập B')
  chief = await createUser(payload, ['editorInChief'], 'Tổng biên tập')
})

beforeEach(() => {
  outbox().length = 0
})

describe('the history', () => {
  let eventId: string

  beforeAll(async () => {
    const id = await articleInStage(payload, 'draft', {
      title: 'Lịch sử bất biến',
      createdBy: reporter.id,
    })
    const result = await transition({
      payload,
      collection: 'articles',
      id,
      to: 'submitted',
      user: reporter,
    })
    eventId = result.eventId
  })

  it('should refuse an admin updating or deleting an event over REST', async () => {
    const token = await login(admin.email, TEST_PASSWORD)
    expect(
      (await rest('PATCH', `/workflow-events/${eventId}`, { token, body: { note: 'sửa' } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/workflow-events/${eventId}`, { token })).status).toBe(403)
    expect(
      (await rest('POST', '/workflow-events', { token, body: { toStage: 'published' } })).status,
    ).toBe(403)
  })

  it('should refuse the Local API updating or deleting an event, even with overrideAccess', async () => {
    await expect(
      payload.update({ collection: 'workflow-events', id: eventId, data: { note: 'sửa' } }),
    ).rejects.toThrow('append-only')
    await expect(payload.delete({ collection: 'workflow-events', id: eventId })).rejects.toThrow(
      'append-only',
    )
  })

  it('should refuse GraphQL changes to events', async () => {
    const token = await login(admin.email, TEST_PASSWORD)
    const { json } = await graphql(`mutation { deleteWorkflowEvent(id: "${eventId}") { id } }`, {
      token,
    })
    expect(json.errors).toBeDefined()
    const event = await payload.findByID({ collection: 'workflow-events', id: eventId, depth: 0 })
    expect(event).toMatchObject({ fromStage: 'draft', toStage: 'submitted', note: null })
  })

  it('should hide the history from anonymous clients', async () => {
    expect((await rest('GET', '/workflow-events')).status).toBe(403)
  })
})

describe('notifications', () => {
  it('should tell the editors and the editor-in-chief of a submission, not the reporter who sent it', async () => {
    const id = await articleInStage(payload, 'draft', {
      title: 'Tin gửi biên tập',
      createdBy: reporter.id,
    })
    await transition({ payload, collection: 'articles', id, to: 'submitted', user: reporter })
    expect(recipients()).toEqual([chief.email, editorA.email, editorB.email].sort())
    expect(outbox()[0].subject).toBe('[Tòa soạn] Tin gửi biên tập – Chờ biên tập')
    expect(outbox()[0].text).toContain(`/admin/collections/articles/${id}`)
  })

  it('should tell only the editor-in-chief that an article awaits approval, and the assignee', async () => {
    const id = await articleInStage(payload, 'submitted', {
      title: 'Tin chờ duyệt',
      createdBy: reporter.id,
    })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'edited',
      assignee: chief.id,
      user: editorA,
    })
    expect(recipients()).toEqual([chief.email])
    expect(outbox()[0].text).toContain('Bài được giao cho bạn xử lý.')
  })

  it('should tell the author why an article was returned', async () => {
    const id = await articleInStage(payload, 'submitted', {
      title: 'Tin bị trả',
      createdBy: reporter.id,
    })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'returned',
      note: 'Bổ sung ảnh hội nghị',
      user: editorA,
    })
    expect(recipients()).toEqual([reporter.email])
    expect(outbox()[0].text).toContain('Ghi chú: Bổ sung ảnh hội nghị')
  })

  it('should tell the author when their article is unpublished, and the editors who can rework it', async () => {
    const id = await articleInStage(payload, 'published', {
      title: 'Tin bị gỡ',
      createdBy: reporter.id,
    })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'unpublished',
      note: 'Sai tên đại biểu',
      user: chief,
    })
    expect(recipients()).toEqual([editorA.email, editorB.email, reporter.email].sort())
    const toAuthor = outbox().find((email) => email.to.includes(reporter.email))
    expect(toAuthor?.text).toContain('Ghi chú: Sai tên đại biểu')
  })

  it('should send nothing for an import', async () => {
    await articleInStage(payload, 'submitted', { title: 'Bài nhập từ cổng cũ' })
    expect(outbox()).toEqual([])
  })

  it('should tell an assignee even when their role does not act next', async () => {
    const id = await articleInStage(payload, 'edited', { title: 'Giao cho biên tập B' })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'approved',
      assignee: editorB.id,
      user: chief,
    })
    expect(recipients()).toEqual([editorA.email, editorB.email].sort())
    const toAssignee = outbox().find((email) => email.to.includes(editorB.email))
    expect(toAssignee?.text).toContain('Bài được giao cho bạn xử lý.')
  })
})

describe('my queue', () => {
  it('should list what waits for an editor by role, and count per stage', async () => {
    const id = await articleInStage(payload, 'submitted', { title: 'Chờ biên tập viên' })
    const { status, json } = await rest('GET', '/newsroom/queue', {
      token: await login(editorA.email, TEST_PASSWORD),
    })
    expect(status).toBe(200)
    expect(json.items).toContainEqual(
      expect.objectContaining({ id, stage: 'submitted', collection: 'articles' }),
    )
    const submitted = json.counts.find((count: { value: string }) => count.value === 'submitted')
    expect(submitted).toMatchObject({ label: { vi: 'Chờ biên tập', en: 'Submitted' } })
    expect(submitted.count).toBe(
      await payload
        .count({ collection: 'articles', where: { workflowStage: { equals: 'submitted' } } })
        .then((r) => r.totalDocs),
    )
  })

  it("should list a reporter's returned article and what is assigned to them, not others' work", async () => {
    const returned = await articleInStage(payload, 'returned', {
      title: 'Trả lại tôi',
      createdBy: reporter.id,
    })
    const assigned = await articleInStage(payload, 'submitted', { title: 'Giao cho phóng viên' })
    await transition({
      payload,
      collection: 'articles',
      id: assigned,
      to: 'edited',
      assignee: reporter.id,
      user: editorA,
    })
    const submittedByOthers = await articleInStage(payload, 'submitted', {
      title: 'Việc của biên tập',
    })
    const { json } = await rest('GET', '/newsroom/queue', {
      token: await login(reporter.email, TEST_PASSWORD),
    })
    const ids = json.items.map((item: { id: string }) => item.id)
    expect(ids).toContain(returned)
    expect(ids).toContain(assigned)
    expect(ids).not.toContain(submittedByOthers)
    expect(json.items.find((item: { id: string }) => item.id === assigned).isAssignedToMe).toBe(
      true,
    )
  })

  it('should refuse an anonymous client', async () => {
    expect((await rest('GET', '/newsroom/queue')).status).toBe(401)
  })
})

describe('scheduled publishing', () => {
  it('should publish an approved article when its time comes, through the jobs queue, as the system', async () => {
    const publishedAt = new Date(Date.now() + 1500).toISOString()
    const id = await articleInStage(payload, 'edited', { title: 'Tin hẹn giờ', publishedAt })
    await transition({ payload, collection: 'articles', id, to: 'approved', user: chief })

    await payload.jobs.run({ queue: 'newsroom' })
    expect((await payload.findByID({ collection: 'articles', id, depth: 0 })).workflowStage).toBe(
      'approved',
    )

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run({ queue: 'newsroom' })
    const article = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(article).toMatchObject({ workflowStage: 'published', _status: 'published', publishedAt })
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { and: [{ documentId: { equals: id } }, { toStage: { equals: 'published' } }] },
      depth: 0,
    })
    expect(docs).toEqual([
      expect.objectContaining({ fromStage: 'approved', actorKind: 'system', actor: null }),
    ])
    expect((await rest('GET', `/articles/${id}`)).status).toBe(200)
  })

  it('should leave an article alone if it was returned before its time', async () => {
    const publishedAt = new Date(Date.now() + 800).toISOString()
    const id = await articleInStage(payload, 'edited', {
      title: 'Hẹn giờ rồi trả lại',
      publishedAt,
    })
    await transition({ payload, collection: 'articles', id, to: 'approved', user: chief })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'spiked',
      note: 'Không đăng nữa',
      user: chief,
    })
    await new Promise((resolve) => setTimeout(resolve, 900))
    await payload.jobs.run({ queue: 'newsroom' })
    expect((await payload.findByID({ collection: 'articles', id, depth: 0 })).workflowStage).toBe(
      'spiked',
    )
  })
})
