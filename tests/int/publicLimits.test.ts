import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  const editor = await createUser(payload, ['editor'])
  editorToken = await login(editor.email, TEST_PASSWORD)
})

describe('limits for anonymous clients', () => {
  it('should refuse a page over 50, limit=0 and pagination=false with a clear 400', async () => {
    for (const query of ['limit=51', 'limit=0', 'pagination=false']) {
      for (const collection of [
        'articles',
        'units',
        'officials',
        'meetings',
        'categories',
        'media',
      ]) {
        const { status, json } = await rest('GET', `/${collection}?${query}`)
        expect([collection, query, status]).toEqual([collection, query, 400])
        expect(json.errors?.[0]?.message).toMatch(
          /limit must be an integer 1–50|pagination=false is not allowed/,
        )
      }
    }
  })

  it('should refuse a depth over 2 with a clear 400', async () => {
    const { status, json } = await rest('GET', '/articles?depth=10')
    expect([status, json.errors[0].message]).toEqual([
      400,
      'Độ sâu từ 0 đến 2 (depth must be an integer 0–2 for anonymous clients, got "10").',
    ])
  })

  it('should refuse a GraphQL page over 50 or without pagination, in the query or a variable', async () => {
    for (const [query, variables] of [
      ['{ Articles(limit: 500) { docs { id } } }', undefined],
      ['{ Articles(limit: 0) { docs { id } } }', undefined],
      ['{ Articles(pagination: false) { docs { id } } }', undefined],
      ['query ($n: Int) { Articles(limit: $n) { docs { id } } }', { n: 1000 }],
    ] as const) {
      const { json } = await graphql(query, { variables })
      expect([json.data ?? null, json.errors?.[0]?.message]).toEqual([
        null,
        'Mỗi trang tối đa 50 mục (limit must be 1–50 and pagination on for anonymous clients).',
      ])
    }
  })

  it('should leave GraphQL joins and staff queries alone', async () => {
    expect(
      (await graphql('{ Meetings(limit: 5) { docs { articles { docs { id } } } } }')).json.errors,
    ).toBeUndefined()
    expect(
      (await graphql('{ Articles(limit: 500) { docs { id } } }', { token: editorToken })).json
        .errors,
    ).toBeUndefined()
  })

  it('should allow sensible pages, and leave staff unlimited', async () => {
    expect((await rest('GET', '/articles?limit=50&depth=2')).status).toBe(200)
    expect((await rest('GET', '/articles?limit=0&depth=5', { token: editorToken })).status).toBe(
      200,
    )
  })
})
