import { describe, expect, it } from 'vitest'

import { adminRead, call, countTitled, draftBy, gql, messageOf, security } from './client'

describe('control characters in text', () => {
  it('should refuse the issue’s NUL title with a 400 naming the field, and store nothing', async () => {
    for (const as of ['contributor', 'reporter', 'editor'] as const) {
      const answer = await call('/api/articles', {
        as,
        method: 'POST',
        body: { title: `BARS NUL ${as}\u0000after the NUL` },
      })
      expect([as, answer.status]).toEqual([as, 400])
      expect(messageOf(answer) + JSON.stringify(answer.json)).toContain('title')
      expect(await countTitled(`BARS NUL ${as}`)).toBe(0)
    }
  })

  it('should refuse other controls, C1 controls and bidi overrides in any text, nested ones included', async () => {
    const draft = await draftBy('reporter', 'Bài nháp thử ký tự điều khiển')
    for (const body of [
      { lead: 'Sapo\u001b[31m đỏ' },
      { lead: 'Sapo\u0007chuông' },
      { lead: 'Sapo\u007f' },
      { lead: 'Sapo\u0085' },
      { title: 'Tiêu đề\u202eđảo ngược' },
      {
        byline: [
          {
            person: { relationTo: 'users', value: security().staff.reporter.id },
            role: 'text',
            displayName: 'Minh\u0000',
          },
        ],
      },
    ]) {
      const answer = await call(`/api/articles/${draft.id}`, {
        as: 'reporter',
        method: 'PATCH',
        body,
      })
      expect([Object.keys(body)[0], answer.status]).toEqual([Object.keys(body)[0], 400])
    }
    expect(await adminRead('articles', draft.id)).toMatchObject({
      title: 'Bài nháp thử ký tự điều khiển',
      lead: 'Sapo gốc',
    })
  })

  it('should refuse them in GraphQL mutations, profiles, contributors and transition notes', async () => {
    const mutation = await gql(
      'mutation { createArticle(data: { title: "GraphQL\\u0000NUL" }) { id } }',
      {
        as: 'reporter',
      },
    )
    expect(mutation.json.data?.createArticle ?? null).toBeNull()
    expect(await countTitled('GraphQL')).toBe(0)

    const { id } = security().staff.contributor
    const profile = await call(`/api/users/${id}`, {
      as: 'contributor',
      method: 'PATCH',
      body: { penName: 'Bút\u0000danh' },
    })
    expect(profile.status).toBe(400)
    expect((await adminRead('users', id)).penName ?? null).toBeNull()

    const contributor = await call('/api/contributors', {
      as: 'editor',
      method: 'POST',
      body: { name: 'Cộng tác\u0008viên' },
    })
    expect(contributor.status).toBe(400)

    const draft = await draftBy('editor', 'Bài nháp trả lại với ghi chú')
    await call(`/api/articles/${draft.id}/transition`, {
      as: 'editor',
      method: 'POST',
      body: { to: 'submitted', expectedStage: 'draft' },
    })
    const returned = await call(`/api/articles/${draft.id}/transition`, {
      as: 'editor',
      method: 'POST',
      body: { to: 'returned', expectedStage: 'submitted', note: 'Sửa lại\u0000 phần sau bị cắt' },
    })
    // The history refuses the note with a 400 naming it; nothing moves.
    expect([returned.status, returned.text]).toEqual([400, expect.stringContaining('note')])
    const events = await call(
      `/api/workflow-events?where[documentId][equals]=${draft.id}&limit=10`,
      { as: 'admin' },
    )
    expect(events.json.docs.map((event: { toStage: string }) => event.toStage)).toEqual([
      'submitted',
    ])
    expect((await adminRead('articles', draft.id)).workflowStage).toBe('submitted')
  })

  it('should answer a login or password reset holding a NUL with a 400, not a 500', async () => {
    const login = await call('/api/users/login', {
      method: 'POST',
      body: { email: 'a\u0000@toasoan.test', password: 'x' },
    })
    const forgot = await call('/api/users/forgot-password', {
      method: 'POST',
      body: { email: 'a\u0000@toasoan.test' },
    })
    expect([login.status, forgot.status]).toEqual([400, 400])
  })

  it('should keep Vietnamese text, line breaks and tabs exactly as written', async () => {
    const title = 'Hội nghị “mở rộng” – Ủy ban hoá 100%'
    const lead = 'Dòng một\nDòng hai\tcột'
    const answer = await call('/api/articles', {
      as: 'reporter',
      method: 'POST',
      body: { title, lead },
    })
    expect(answer.status).toBe(201)
    expect(await adminRead('articles', answer.json.doc.id)).toMatchObject({ title, lead })
  })
})
