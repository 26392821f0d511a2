import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { POST as viewRoute } from '@/app/(payload)/api/articles/[id]/view/route'

import { graphql, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

let payload: Payload

const snapshot = async (id: string) => {
  const article = await payload.findByID({ collection: 'articles', id, depth: 0 })
  const { totalDocs: versions } = await payload.countVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
  })
  return {
    views: article.views,
    updatedAt: article.updatedAt,
    stage: article.workflowStage,
    versions,
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
})

describe('the view counter', () => {
  it('should count 1,000 simultaneous views exactly, without a version, an update time or a stage change', async () => {
    const id = await articleInStage(payload, 'published', { title: 'Tin được đọc nhiều' })
    const before = await snapshot(id)
    const responses = await Promise.all(
      Array.from({ length: 1000 }, () => rest('POST', `/articles/${id}/view`)),
    )
    expect(responses.every((response) => response.status === 200)).toBe(true)
    expect(new Set(responses.map((response) => response.json.views)).size).toBe(1000)
    expect(await snapshot(id)).toEqual({ ...before, views: before.views! + 1000 })
  })

  it("should count through the route Next serves the counter from, past Payload's REST handler", async () => {
    const id = await articleInStage(payload, 'published', { title: 'Đếm qua route riêng' })
    const count = (articleId: string) =>
      viewRoute(
        new Request(`http://localhost/api/articles/${articleId}/view`, { method: 'POST' }),
        {
          params: Promise.resolve({ id: articleId }),
        },
      )
    const responses = await Promise.all(Array.from({ length: 200 }, () => count(id)))
    expect(responses.every((response) => response.status === 200)).toBe(true)
    expect((await snapshot(id)).views).toBe(200)
    const draftId = await articleInStage(payload, 'approved', { title: 'Chưa đăng, không đếm' })
    const refused = await count(draftId)
    expect(refused.status).toBe(404)
    expect((await refused.json()).errors[0].message).toContain('no published article')
  })

  it('should count over GraphQL too', async () => {
    const id = await articleInStage(payload, 'published', { title: 'Đọc qua GraphQL' })
    const { json } = await graphql(`mutation { countArticleView(id: "${id}") { id views } }`)
    expect(json.data.countArticleView).toEqual({ id, views: 1 })
  })

  it('should not count views of an unpublished article or an unknown id', async () => {
    const id = await articleInStage(payload, 'approved', { title: 'Chưa đăng' })
    const response = await rest('POST', `/articles/${id}/view`)
    expect([response.status, response.json.errors[0].message]).toEqual([
      404,
      expect.stringContaining('no published article'),
    ])
    expect((await snapshot(id)).views).toBe(0)
    expect((await rest('POST', '/articles/khong-co/view')).status).toBe(404)
    const { json } = await graphql(`mutation { countArticleView(id: "${id}") { views } }`)
    expect(json.errors[0].extensions.statusCode).toBe(404)
  })
})
