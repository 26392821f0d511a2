import { APIError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { transition } from '@plugins/newsroom'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let people: Record<
  'author' | 'otherReporter' | 'contributor' | 'editor' | 'chief' | 'admin',
  TestUser
>
type Person = keyof typeof people

const statusOf = async (operation: Promise<unknown>): Promise<number> => {
  try {
    await operation
    return 200
  } catch (error) {
    if (error instanceof APIError) return error.status
    throw error
  }
}

const stageOf = async (id: string) =>
  (await payload.findByID({ collection: 'articles', id, depth: 0 })).workflowStage

beforeAll(async () => {
  payload = await testPayload()
  const admin = await createUser(payload, ['admin'])
  people = {
    admin,
    author: await createUser(payload, ['reporter'], 'Triệu Biển'),
    otherReporter: await createUser(payload, ['reporter'], 'Minh Hương'),
    contributor: await createUser(payload, ['contributor']),
    editor: await createUser(payload, ['editor']),
    chief: await createUser(payload, ['editorInChief']),
  }
})

/** Every default transition, and exactly who may make it through the Local API. */
const matrix: { from: string; to: string; allowed: Person[] }[] = [
  { from: 'draft', to: 'submitted', allowed: ['author', 'editor', 'chief', 'admin'] },
  { from: 'returned', to: 'submitted', allowed: ['author', 'admin'] },
  { from: 'submitted', to: 'edited', allowed: ['editor', 'chief', 'admin'] },
  { from: 'submitted', to: 'returned', allowed: ['editor', 'chief', 'admin'] },
  { from: 'edited', to: 'returned', allowed: ['editor', 'chief', 'admin'] },
  { from: 'edited', to: 'approved', allowed: ['chief', 'admin'] },
  { from: 'approved', to: 'published', allowed: ['editor', 'chief', 'admin'] },
  { from: 'published', to: 'published', allowed: ['chief', 'admin'] },
  { from: 'published', to: 'unpublished', allowed: ['chief', 'admin'] },
  { from: 'unpublished', to: 'draft', allowed: ['editor', 'chief', 'admin'] },
  { from: 'draft', to: 'spiked', allowed: ['chief', 'admin'] },
  { from: 'submitted', to: 'spiked', allowed: ['chief', 'admin'] },
  { from: 'edited', to: 'spiked', allowed: ['chief', 'admin'] },
  { from: 'approved', to: 'spiked', allowed: ['chief', 'admin'] },
  { from: 'returned', to: 'spiked', allowed: ['chief', 'admin'] },
  { from: 'unpublished', to: 'spiked', allowed: ['chief', 'admin'] },
]

describe('the role × transition matrix through the Local API', () => {
  for (const { from, to, allowed } of matrix) {
    it(`should let exactly ${allowed.join(', ')} move ${from} → ${to}`, async () => {
      const outcomes: Record<string, number> = {}
      for (const person of Object.keys(people) as Person[]) {
        const id = await articleInStage(payload, from, {
          title: `Ma trận ${from} ${to} ${person}`,
          createdBy: people.author.id,
        })
        outcomes[person] = await statusOf(
          transition({
            payload,
            collection: 'articles',
            id,
            to,
            note: 'Lý do',
            user: people[person],
          }),
        )
        expect(await stageOf(id)).toBe(outcomes[person] === 200 ? to : from)
      }
      const expected = Object.fromEntries(
        (Object.keys(people) as Person[]).map((person) => [
          person,
          allowed.includes(person) ? 200 : 403,
        ]),
      )
      expect(outcomes).toEqual(expected)
    })
  }

  it('should let a contributor submit their own draft', async () => {
    const id = await articleInStage(payload, 'draft', {
      title: 'Bài cộng tác viên',
      createdBy: people.contributor.id,
    })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'submitted',
      user: people.contributor,
    })
    expect(await stageOf(id)).toBe('submitted')
  })
})

describe('transition effects', () => {
  it('should make only the published stage public, and unpublishing take it down', async () => {
    const id = await articleInStage(payload, 'approved', { title: 'Tin sắp đăng' })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    await transition({ payload, collection: 'articles', id, to: 'published', user: people.editor })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(200)
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'unpublished',
      note: 'Sai số liệu',
      user: people.chief,
    })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
  })

  it('should record each transition in the history with its note and assignee', async () => {
    const id = await articleInStage(payload, 'submitted', { title: 'Bài bị trả' })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'returned',
      note: 'Bổ sung ảnh',
      assignee: people.author.id,
      user: people.editor,
    })
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: id } },
      sort: 'sequence',
      depth: 0,
    })
    expect(docs.map((event) => [event.fromStage, event.toStage, event.actorKind])).toEqual([
      ['draft', 'submitted', 'import'],
      ['submitted', 'returned', 'user'],
    ])
    expect(docs[1]).toMatchObject({
      note: 'Bổ sung ảnh',
      actor: people.editor.id,
      assignee: people.author.id,
    })
    const article = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(article.workflowAssignee).toBe(people.author.id)
  })
})

describe('the REST endpoint', () => {
  let editorToken: string
  let reporterToken: string

  beforeAll(async () => {
    editorToken = await login(people.editor.email, TEST_PASSWORD)
    reporterToken = await login(people.author.email, TEST_PASSWORD)
  })

  it('should move an article and answer with the transition', async () => {
    const id = await articleInStage(payload, 'submitted', { title: 'Qua REST' })
    const { status, json } = await rest('POST', `/articles/${id}/transition`, {
      token: editorToken,
      body: { to: 'edited', expectedStage: 'submitted' },
    })
    expect(status).toBe(200)
    expect(json).toMatchObject({ collection: 'articles', id, from: 'submitted', to: 'edited' })
    expect(await stageOf(id)).toBe('edited')
  })

  it('should refuse each wrong request with its own status and message', async () => {
    const id = await articleInStage(payload, 'submitted', { title: 'Từ chối qua REST' })
    const cases: {
      token?: string
      body: Record<string, unknown>
      status: number
      message: string
    }[] = [
      { body: { to: 'edited' }, status: 401, message: 'log in' },
      { token: editorToken, body: {}, status: 400, message: 'needs "to"' },
      {
        token: editorToken,
        body: { to: 'archived' },
        status: 400,
        message: 'unknown stage "archived"',
      },
      {
        token: editorToken,
        body: { to: 'published' },
        status: 409,
        message: 'not allowed from the current stage',
      },
      { token: reporterToken, body: { to: 'edited' }, status: 403, message: 'your role may not' },
      { token: editorToken, body: { to: 'returned' }, status: 400, message: 'a note is required' },
      {
        token: editorToken,
        body: { to: 'edited', expectedStage: 'draft' },
        status: 409,
        message: 'reload',
      },
      {
        token: editorToken,
        body: { to: 'edited', assignee: 'no-such-user' },
        status: 400,
        message: 'assignee not found',
      },
    ]
    for (const { token, body, status, message } of cases) {
      const response = await rest('POST', `/articles/${id}/transition`, { token, body })
      expect([response.status, response.json.errors?.[0]?.message]).toEqual([
        status,
        expect.stringContaining(message),
      ])
    }
    expect(await stageOf(id)).toBe('submitted')
  })

  it('should answer 404 for an article that does not exist', async () => {
    const { status } = await rest(
      'POST',
      '/articles/00000000-0000-4000-8000-000000000000/transition',
      {
        token: editorToken,
        body: { to: 'edited' },
      },
    )
    expect(status).toBe(404)
  })
})

describe('the GraphQL mutation', () => {
  it('should move an article', async () => {
    const id = await articleInStage(payload, 'edited', { title: 'Qua GraphQL' })
    const { json } = await graphql(
      `mutation { workflowTransition(collection: "articles", id: "${id}", to: "approved", expectedStage: "edited") { from to } }`,
      { token: await login(people.chief.email, TEST_PASSWORD) },
    )
    expect(json.data.workflowTransition).toEqual({ from: 'edited', to: 'approved' })
    expect(await stageOf(id)).toBe('approved')
  })

  it('should refuse with the status code in the error extensions', async () => {
    const id = await articleInStage(payload, 'edited', { title: 'GraphQL bị từ chối' })
    const { json } = await graphql(
      `mutation { workflowTransition(collection: "articles", id: "${id}", to: "approved") { to } }`,
      { token: await login(people.editor.email, TEST_PASSWORD) },
    )
    expect(json.errors[0].extensions.statusCode).toBe(403)
    const anonymous = await graphql(
      `mutation { workflowTransition(collection: "articles", id: "${id}", to: "approved") { to } }`,
    )
    expect(anonymous.json.errors[0].extensions.statusCode).toBe(401)
    expect(await stageOf(id)).toBe('edited')
  })
})

describe('race safety', () => {
  it('should let exactly one of two simultaneous transitions win, the other getting 409', async () => {
    const id = await articleInStage(payload, 'submitted', { title: 'Hai người cùng bấm' })
    const outcomes = await Promise.all([
      statusOf(
        transition({ payload, collection: 'articles', id, to: 'edited', user: people.editor }),
      ),
      statusOf(
        transition({
          payload,
          collection: 'articles',
          id,
          to: 'returned',
          note: 'Thiếu ảnh',
          user: people.chief,
        }),
      ),
    ])
    expect(outcomes.sort()).toEqual([200, 409])
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { and: [{ documentId: { equals: id } }, { fromStage: { equals: 'submitted' } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(await stageOf(id)).toBe(docs[0].toStage)
  })

  it('should keep one event per stage change under many simultaneous attempts over REST', async () => {
    const id = await articleInStage(payload, 'submitted', { title: 'Mười người cùng bấm' })
    const token = await login(people.editor.email, TEST_PASSWORD)
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        rest('POST', `/articles/${id}/transition`, {
          token,
          body: { to: 'edited', expectedStage: 'submitted' },
        }),
      ),
    )
    expect(responses.map((response) => response.status).sort()).toEqual([
      200,
      ...Array(9).fill(409),
    ])
    const { totalDocs } = await payload.count({
      collection: 'workflow-events',
      where: { and: [{ documentId: { equals: id } }, { toStage: { equals: 'edited' } }] },
    })
    expect(totalDocs).toBe(1)
  })
})
