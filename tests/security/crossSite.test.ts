import { describe, expect, it } from 'vitest'

import { adminRead, call, cookieOf, countTitled, draftBy, gql, security } from './client'
import { FRONT_END_ORIGIN } from './globalSetup'

const evil = 'http://evil.example'

/** A request a page on another site makes with the logged-in browser's cookie. */
const crossSite = (
  as: 'contributor' | 'reporter' | 'editor',
  extra: Record<string, string> = {},
) => ({
  Cookie: cookieOf(as),
  Origin: evil,
  'Sec-Fetch-Site': 'cross-site',
  ...extra,
})

describe('cross-site requests with a logged-in cookie', () => {
  it('should refuse the issue’s PATCH of a draft’s lead, for every staff role', async () => {
    for (const as of ['contributor', 'reporter', 'editor'] as const) {
      const draft = await draftBy(as, `Bài nháp của ${as}`)
      const answer = await call(`/api/articles/${draft.id}`, {
        method: 'PATCH',
        headers: crossSite(as),
        body: { lead: 'Sapo bị sửa từ trang lạ' },
      })
      expect([as, answer.status]).toEqual([as, 403])
      expect((await adminRead('articles', draft.id)).lead).toBe('Sapo gốc')
    }
  })

  it('should refuse look-alike origins, a null origin and a missing one', async () => {
    const draft = await draftBy('reporter', 'Bài nháp thử nguồn gốc')
    const port = new URL(security().url).port
    const variants: Record<string, string>[] = [
      { Origin: `http://localhost:${port}.evil.example` },
      { Origin: `http://localhost:${Number(port) + 1}` },
      { Origin: `https://localhost:${port}` },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      {},
    ]
    for (const headers of variants) {
      const answer = await call(`/api/articles/${draft.id}`, {
        method: 'PATCH',
        headers: { Cookie: cookieOf('reporter'), ...headers },
        body: { lead: 'Sapo bị sửa' },
      })
      expect([headers, answer.status]).toEqual([headers, 403])
    }
    expect((await adminRead('articles', draft.id)).lead).toBe('Sapo gốc')
  })

  it('should refuse cross-site creates, deletes, transitions and GraphQL mutations', async () => {
    const draft = await draftBy('editor', 'Bài nháp của biên tập viên')
    // Its own title: the suite's other files write articles at the same time.
    const title = `Bài tạo từ trang lạ cho cổng ${security().site.name}`
    const created = await call('/api/articles', {
      method: 'POST',
      headers: crossSite('editor'),
      body: { title },
    })
    const deleted = await call(`/api/articles/${draft.id}`, {
      method: 'DELETE',
      headers: crossSite('editor'),
    })
    const moved = await call(`/api/articles/${draft.id}/transition`, {
      method: 'POST',
      headers: crossSite('editor'),
      body: { to: 'submitted', expectedStage: 'draft' },
    })
    const mutation = await call('/api/graphql', {
      method: 'POST',
      headers: crossSite('editor'),
      body: { query: `mutation { updateArticle(id: "${draft.id}", data: { lead: "x" }) { id } }` },
    })
    expect([created.status, deleted.status, moved.status]).toEqual([403, 403, 401])
    expect(mutation.json.data?.updateArticle ?? null).toBeNull()
    expect(await countTitled(title)).toBe(0)
    expect(await adminRead('articles', draft.id)).toMatchObject({
      lead: 'Sapo gốc',
      workflowStage: 'draft',
    })
  })

  it('should refuse a cross-site read of the account behind the cookie', async () => {
    const answer = await call('/api/users/me', { headers: crossSite('reporter') })
    expect(answer.json.user).toBeNull()
  })

  it('should obey the same cookie from the site itself and from an allowed front end', async () => {
    for (const origin of [security().url, FRONT_END_ORIGIN]) {
      const draft = await draftBy('reporter', `Bài nháp sửa từ ${origin}`)
      const answer = await call(`/api/articles/${draft.id}`, {
        method: 'PATCH',
        headers: { Cookie: cookieOf('reporter'), Origin: origin },
        body: { lead: 'Sapo sửa đúng chỗ' },
      })
      expect([origin, answer.status]).toEqual([origin, 200])
    }
  })

  it('should obey a token in the Authorization header from anywhere: no browser sends one by itself', async () => {
    const draft = await draftBy('reporter', 'Bài nháp sửa bằng JWT')
    const answer = await call(`/api/articles/${draft.id}`, {
      as: 'reporter',
      method: 'PATCH',
      headers: { Origin: evil },
      body: { lead: 'Sapo sửa bằng JWT' },
    })
    expect(answer.status).toBe(200)
  })

  it('should let only the allowed origins read the API from a script (CORS)', async () => {
    const preflight = (origin: string) =>
      call('/api/articles', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH' },
      })
    expect((await preflight(FRONT_END_ORIGIN)).headers.get('access-control-allow-origin')).toBe(
      FRONT_END_ORIGIN,
    )
    for (const origin of [evil, 'null', `${FRONT_END_ORIGIN}.evil.example`]) {
      const answer = await call('/api/articles?limit=1', { headers: { Origin: origin } })
      expect([origin, answer.headers.get('access-control-allow-origin')]).toEqual([origin, null])
      expect([
        origin,
        (await preflight(origin)).headers.get('access-control-allow-origin'),
      ]).toEqual([origin, null])
    }
  })

  it('should refuse a GraphQL query as the cookie’s user from another site', async () => {
    const answer = await call('/api/graphql', {
      method: 'POST',
      headers: crossSite('editor'),
      body: { query: '{ meUser { user { email } } }' },
    })
    expect(answer.json.data?.meUser?.user ?? null).toBeNull()
    expect(
      (await gql('{ meUser { user { email } } }', { as: 'editor' })).json.data.meUser.user.email,
    ).toBe(security().staff.editor.email)
  })
})
