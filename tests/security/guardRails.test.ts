import { describe, expect, it } from 'vitest'

import { call, gql, messageOf } from './client'

/** Every collection an anonymous client can read, the one the newsroom plugin adds included. */
const readable = [
  'articles',
  'meetings',
  'officials',
  'units',
  'categories',
  'media',
  'contributors',
]

describe('guard rails on anonymous reads', () => {
  it('should refuse negative, zero, fractional, non-numeric and oversized limits everywhere, naming limit', async () => {
    for (const collection of readable) {
      for (const limit of ['-1', '-100', '0', '1.5', 'abc', '1e3', '51', '100000', '']) {
        const answer = await call(`/api/${collection}?limit=${limit}`)
        expect([collection, limit, answer.status]).toEqual([collection, limit, 400])
        expect(messageOf(answer)).toContain('limit')
      }
    }
  })

  it('should refuse bad pages, depths and pagination=false everywhere, naming the parameter', async () => {
    for (const collection of readable) {
      for (const [query, named] of [
        ['page=0', 'page'],
        ['page=-2', 'page'],
        ['page=1.5', 'page'],
        ['page=x', 'page'],
        ['depth=3', 'depth'],
        ['depth=50', 'depth'],
        ['depth=-1', 'depth'],
        ['pagination=false', 'pagination'],
        ['pagination=0', 'pagination'],
        ['limit[]=5', 'limit'],
      ] as const) {
        const answer = await call(`/api/${collection}?${query}`)
        expect([collection, query, answer.status]).toEqual([collection, query, 400])
        expect(messageOf(answer)).toContain(named)
      }
    }
  })

  it('should bound join pages and counts as well', async () => {
    for (const query of [
      'joins[articles][limit]=0',
      'joins[articles][limit]=-1',
      'joins[articles][limit]=500',
    ]) {
      const answer = await call(`/api/meetings?${query}`)
      expect([query, answer.status]).toEqual([query, 400])
    }
    expect((await call('/api/articles/count?where[workflowStage][exists]=true')).status).toBe(400)
  })

  it('should answer sensible pages', async () => {
    for (const collection of readable) {
      const answer = await call(`/api/${collection}?limit=50&page=1&depth=2&pagination=true`)
      expect([collection, answer.status]).toEqual([collection, 200])
    }
  })

  it('should leave staff unlimited', async () => {
    for (const as of ['contributor', 'reporter', 'editor'] as const) {
      const answer = await call('/api/contributors?limit=0&depth=5&pagination=false', { as })
      expect([as, answer.status]).toEqual([as, 200])
    }
  })

  it('should refuse the same over GraphQL, in the query or in variables', async () => {
    for (const [query, variables] of [
      ['{ Contributors(limit: 0) { docs { name } } }', undefined],
      ['{ Contributors(limit: -1) { docs { name } } }', undefined],
      ['{ Categories(limit: 100000) { docs { name } } }', undefined],
      ['{ Units(pagination: false) { docs { name } } }', undefined],
      ['{ Units(page: 0) { docs { name } } }', undefined],
      ['query ($n: Int) { Officials(limit: $n) { docs { fullName } } }', { n: -5 }],
      ['query ($p: Boolean) { allMedia(pagination: $p) { docs { alt } } }', { p: false }],
    ] as const) {
      const answer = await gql(query, { variables })
      expect([query, answer.json.data ?? null]).toEqual([query, null])
      expect(messageOf(answer)).toMatch(/limit|page/)
    }
  })
})
