import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { call, draftBy, security } from './client'

const log = () => readFileSync(security().logFile, 'utf8')

/** Waits for the server to log what a request made it send. */
const logged = async (pattern: RegExp): Promise<string> => {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const match = log().match(pattern)
    if (match) return match[0]
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nothing like ${pattern} in the server log`)
}

const forged = {
  Host: 'evil.example',
  'X-Forwarded-Host': 'evil.example',
  'X-Forwarded-Proto': 'https',
  Origin: 'http://evil.example',
}

describe('links the server sends', () => {
  it('should send an absolute password-reset link to the site, whatever Host the request claims', async () => {
    const { email } = security().staff.contributor
    const answer = await call('/api/users/forgot-password', {
      method: 'POST',
      body: { email },
      headers: forged,
    })
    expect(answer.status).toBe(200)
    const mail = await logged(
      new RegExp(`Email → ${email.replace('.', '\\.')}[\\s\\S]*?/reset/[\\w-]+`),
    )
    expect(mail).toContain(`${security().url}/admin/reset/`)
    expect(mail).not.toContain('evil.example')
  })

  it('should send absolute workflow links to the article in the admin', async () => {
    const draft = await draftBy('reporter', 'Bài gửi biên tập để thử đường dẫn')
    const answer = await call(`/api/articles/${draft.id}/transition`, {
      as: 'reporter',
      method: 'POST',
      headers: forged,
      body: { to: 'submitted', expectedStage: 'draft' },
    })
    expect(answer.status).toBe(200)
    const link = await logged(new RegExp(`Mở bài: \\S*/admin/collections/articles/${draft.id}`))
    expect(link).toBe(`Mở bài: ${security().url}/admin/collections/articles/${draft.id}`)
  })

  it('should print no relative link in any email it sent', async () => {
    const relative = log()
      .split('\n')
      .filter((line) => /(^|\s)\/admin\//.test(line))
    expect(relative).toEqual([])
  })
})
