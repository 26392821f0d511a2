import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let reporter: TestUser
let editor: TestUser
let chief: TestUser

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** The publication jobs queued for an article, oldest first. */
const queuedJobs = async (id: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { 'input.id': { equals: id } },
    sort: 'createdAt',
    depth: 0,
  })
  return docs
}

beforeAll(async () => {
  payload = await testPayload()
  // The first account becomes an admin whatever its roles.
  await createUser(payload, ['admin'])
  reporter = await createUser(payload, ['reporter'])
  editor = await createUser(payload, ['editor'])
  chief = await createUser(payload, ['editorInChief'])
})

describe('rescheduling from the publishing calendar', () => {
  it('should let the editor-in-chief move an approved article, queue it for the new time and record who moved it', async () => {
    const id = await articleInStage(payload, 'approved', {
      title: 'Bài đã duyệt',
      createdBy: reporter.id,
      publishedAt: inDays(1),
    })
    const later = inDays(3)
    const { status, json } = await rest('POST', `/articles/${id}/reschedule`, {
      token: await login(chief.email, TEST_PASSWORD),
      body: { publishAt: later },
    })
    expect(status).toBe(200)
    expect(json.publishedAt).toBe(later)

    const stored = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(stored.publishedAt).toBe(later)
    expect(stored.workflowStage).toBe('approved')
    expect(stored._status).toBe('draft')
    const jobs = await queuedJobs(id)
    expect(jobs.map((job) => job.waitUntil)).toContain(later)
    const { docs: events } = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: id } },
      sort: '-sequence',
      depth: 0,
    })
    expect(events[0]).toMatchObject({ fromStage: 'approved', toStage: 'approved', actor: chief.id })
  })

  it('should leave the article published at the new time, not the old one, when the old job runs', async () => {
    const id = await articleInStage(payload, 'approved', {
      title: 'Bài dời lịch',
      publishedAt: inDays(1),
    })
    await rest('POST', `/articles/${id}/reschedule`, {
      token: await login(chief.email, TEST_PASSWORD),
      body: { publishAt: inDays(2) },
    })
    // The job queued at approval, run as if its time had come: the time moved, so nothing happens.
    const [oldJob] = await queuedJobs(id)
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: oldJob.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await payload.jobs.run({ queue: 'newsroom', where: { id: { equals: oldJob.id } } })
    const stored = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(stored.workflowStage).toBe('approved')
  })

  it('should refuse a reporter and an editor, and change nothing', async () => {
    const publishAt = inDays(1)
    const id = await articleInStage(payload, 'approved', {
      title: 'Bài của phóng viên',
      createdBy: reporter.id,
      publishedAt: publishAt,
    })
    for (const person of [reporter, editor]) {
      const { status } = await rest('POST', `/articles/${id}/reschedule`, {
        token: await login(person.email, TEST_PASSWORD),
        body: { publishAt: inDays(5) },
      })
      expect({ status, roles: person.roles }).toEqual({ status: 403, roles: person.roles })
    }
    const stored = await payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
    expect(stored.publishedAt).toBe(publishAt)
  })

  it('should refuse to schedule an approved article in the past', async () => {
    const id = await articleInStage(payload, 'approved', {
      title: 'Lùi ngày',
      publishedAt: inDays(1),
    })
    const { status, json } = await rest('POST', `/articles/${id}/reschedule`, {
      token: await login(chief.email, TEST_PASSWORD),
      body: { publishAt: inDays(-1) },
    })
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain('quá khứ')
  })

  it('should not move a published article, into the past or anywhere', async () => {
    const publishAt = inDays(-2)
    const id = await articleInStage(payload, 'published', {
      title: 'Đã đăng',
      publishedAt: publishAt,
    })
    const { status } = await rest('POST', `/articles/${id}/reschedule`, {
      token: await login(chief.email, TEST_PASSWORD),
      body: { publishAt: inDays(-10) },
    })
    expect(status).toBe(409)
    const stored = await payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
    expect(stored.publishedAt).toBe(publishAt)
  })

  it('should answer 400 for a time that is not a date', async () => {
    const id = await articleInStage(payload, 'approved', { title: 'Sai giờ' })
    const { status } = await rest('POST', `/articles/${id}/reschedule`, {
      token: await login(chief.email, TEST_PASSWORD),
      body: { publishAt: 'mai' },
    })
    expect(status).toBe(400)
  })
})

describe('the calendar range', () => {
  it('should list approved and published articles in the range, and approved ones with no time, to staff only', async () => {
    const inRange = await articleInStage(payload, 'approved', {
      title: 'Trong tuần',
      publishedAt: inDays(30.2),
    })
    const noTime = await articleInStage(payload, 'approved', { title: 'Chưa có giờ' })
    const draft = await articleInStage(payload, 'draft', {
      title: 'Nháp',
      publishedAt: inDays(30.3),
    })
    const outside = await articleInStage(payload, 'approved', {
      title: 'Ngoài',
      publishedAt: inDays(60),
    })
    const query = `/articles/calendar?from=${inDays(30)}&to=${inDays(31)}`
    const { status, json } = await rest('GET', query, {
      token: await login(reporter.email, TEST_PASSWORD),
    })
    expect(status).toBe(200)
    const ids = json.items.map((item: { id: string }) => item.id)
    expect(ids).toContain(inRange)
    expect(ids).toContain(noTime)
    expect(ids).not.toContain(draft)
    expect(ids).not.toContain(outside)

    const anonymous = await rest('GET', query)
    expect(anonymous.status).toBe(401)
  })
})
