import { describe, expect, it } from 'vitest'

import { call } from './client'

/** Payload's "every locale at once" (`locale=*` or `locale=all`): each localized value as `{ vi, en }`. */
describe('reads of every locale at once', () => {
  it('should answer officials, meetings and articles that print titles, not a 500', async () => {
    for (const as of ['anonymous', 'reporter'] as const) {
      for (const path of [
        '/api/officials?locale=*&limit=5',
        '/api/officials?locale=all&limit=5',
        '/api/meetings?locale=*&limit=5',
        '/api/articles?locale=*&depth=1&limit=5',
      ]) {
        const answer = await call(path, { as })
        expect([as, path, answer.status]).toEqual([as, path, 200])
      }
    }
  })

  it('should print the current title in the default language, with every title kept', async () => {
    const { json } = await call('/api/officials?locale=*&limit=50')
    const held = json.docs.filter((official: { currentTitle: string }) => official.currentTitle)
    expect(held.length).toBeGreaterThan(0)
    for (const official of held) {
      expect(typeof official.currentTitle).toBe('string')
      expect(typeof official.positions[0].title).toBe('object')
      expect(official.currentTitle).not.toContain('[object Object]')
    }
  })
})
