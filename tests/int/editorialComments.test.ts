import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { CapturingEmailAdapter } from '@/lib/email/capturingEmailAdapter'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let reporter: TestUser
let editor: TestUser
let chief: TestUser
let articleId: string
let commentId: string

const outbox = () => (payload.email as CapturingEmailAdapter).sent

beforeAll(async () => {
  payload = await testPayload()
  // The first account becomes an admin whatever its roles.
  await createUser(payload, ['admin'])
  reporter = await createUser(payload, ['reporter'], 'Triệu Biển')
  editor = await createUser(payload, ['editor'], 'Biên tập Thu Hà')
  chief = await createUser(payload, ['editorInChief'], 'Tổng biên tập')
  articleId = await articleInStage(payload, 'published', {
    title: 'Bài có bình luận',
    createdBy: reporter.id,
  })
})

beforeEach(() => {
  outbox().length = 0
})

describe('editorial comments', () => {
  it('should record the writer from the session, not from what the client sent', async () => {
    const { status, json } = await rest('POST', '/editorial-comments', {
      token: await login(editor.email, TEST_PASSWORD),
      body: { article: articleId, text: 'Kiểm tra lại chức danh ở đoạn 2.', author: chief.id },
    })
    expect(status).toBe(201)
    commentId = json.doc.id
    const stored = await payload.findByID({
      collection: 'editorial-comments',
      id: commentId,
      depth: 0,
    })
    expect(stored.author).toBe(editor.id)
  })

  it('should email the mentioned colleague the comment and a link to the article, and nobody else', async () => {
    const { status } = await rest('POST', '/editorial-comments', {
      token: await login(editor.email, TEST_PASSWORD),
      body: {
        article: articleId,
        text: 'Anh xem giúp ảnh đầu bài.',
        mentions: [chief.id, editor.id],
      },
    })
    expect(status).toBe(201)
    expect(outbox()).toHaveLength(1)
    const [email] = outbox()
    expect(email.to).toEqual([chief.email])
    expect(email.subject).toContain('Biên tập Thu Hà nhắc đến bạn: Bài có bình luận')
    expect(email.text).toContain('Anh xem giúp ảnh đầu bài.')
    expect(email.text).toContain(`/admin/collections/articles/${articleId}`)
  })

  it('should tell only the people newly mentioned when a comment is edited', async () => {
    await rest('PATCH', `/editorial-comments/${commentId}`, {
      token: await login(editor.email, TEST_PASSWORD),
      body: { mentions: [reporter.id] },
    })
    await rest('PATCH', `/editorial-comments/${commentId}`, {
      token: await login(editor.email, TEST_PASSWORD),
      body: { mentions: [reporter.id, chief.id] },
    })
    expect(outbox().map((email) => email.to[0])).toEqual([reporter.email, chief.email])
  })

  it('should let only its writer (or an admin) change a comment', async () => {
    const { status } = await rest('PATCH', `/editorial-comments/${commentId}`, {
      token: await login(reporter.email, TEST_PASSWORD),
      body: { text: 'Sửa bình luận của người khác' },
    })
    expect(status).toBe(403)
  })

  it('should show the thread to staff and never to anonymous REST or GraphQL clients', async () => {
    const staff = await rest('GET', `/editorial-comments?where[article][equals]=${articleId}`, {
      token: await login(reporter.email, TEST_PASSWORD),
    })
    expect(staff.status).toBe(200)
    expect(staff.json.totalDocs).toBe(2)

    const anonymousList = await rest('GET', '/editorial-comments')
    expect(anonymousList.status).toBe(403)
    const anonymousOne = await rest('GET', `/editorial-comments/${commentId}`)
    expect(anonymousOne.status).toBe(403)
    const anonymousGraphql = await graphql('{ EditorialComments { docs { text } } }')
    expect(anonymousGraphql.json.data?.EditorialComments ?? null).toBeNull()
    expect(JSON.stringify(anonymousGraphql.json)).not.toContain('chức danh')

    // Nor through the article they belong to.
    const article = await rest('GET', `/articles/${articleId}?depth=2`)
    expect(article.status).toBe(200)
    expect(JSON.stringify(article.json)).not.toContain('chức danh ở đoạn 2')
  })

  it('should refuse a comment from someone not logged in', async () => {
    const { status } = await rest('POST', '/editorial-comments', {
      body: { article: articleId, text: 'Spam' },
    })
    expect(status).toBe(403)
  })
})
