import { describe, expect, it } from 'vitest'

import { call, gql, messageOf } from './client'

/** `{ Categories { docs { parent { parent { … name } } } } }`, `levels` deep in all. */
const parentChain = (levels: number) =>
  `{ Categories(limit: 1) { docs { ${'parent { '.repeat(levels - 3)}name${' }'.repeat(levels - 3)} } } }`

const refused = async (
  query: string,
  pattern: RegExp,
  as: 'anonymous' | 'editor' = 'anonymous',
) => {
  const answer = await gql(query, { as })
  expect([query.slice(0, 60), answer.status, answer.json.data ?? null]).toEqual([
    query.slice(0, 60),
    400,
    null,
  ])
  expect(messageOf(answer)).toMatch(pattern)
  return answer
}

describe('GraphQL depth and breadth for anonymous clients', () => {
  it('should refuse a query nested 30 levels, and the first level past 6', async () => {
    await refused(parentChain(30), /at most 6 levels/)
    await refused(parentChain(7), /this one nests 7/)
    expect((await gql(parentChain(6))).json.data.Categories.docs).toBeDefined()
  })

  it('should refuse the meeting → articles → meeting fan-out', async () => {
    await refused(
      '{ Meetings(limit: 3) { docs { articles { docs { meeting { articles { docs { title } } } } } } } }',
      /levels/,
    )
  })

  it('should count fragments and inline fragments toward depth', async () => {
    await refused(
      `{ Categories { docs { ...P } } }
       fragment P on Category { parent { ... on Category { parent { parent { parent { name } } } } } }`,
      /levels/,
    )
  })

  it('should refuse more than 200 fields, aliases and doubling fragments counted', async () => {
    const aliases = Array.from({ length: 201 }, (_, index) => `a${index}: __typename`).join(' ')
    await refused(`{ ${aliases} }`, /at most 200 fields/)
    const doubling = Array.from(
      { length: 30 },
      (_, index) => `fragment F${index + 1} on Category { ...F${index} ...F${index} }`,
    ).join('\n')
    const billion = `{ Categories(limit: 1) { docs { ...F30 } } }\nfragment F0 on Category { name }\n${doubling}`
    const started = Date.now()
    await refused(billion, /at most 5000 fields/, 'editor')
    await refused(
      `{ Categories(limit: 1) { docs { ...F30 } } }\nfragment F0 on Category { name }\n${doubling}`,
      /fields/,
    )
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('should refuse fragment cycles with a 400, for staff too, and stay up', async () => {
    await refused(
      '{ Categories { docs { ...A } } } fragment A on Category { parent { ...A } }',
      /Cannot spread fragment "A"/,
    )
    await refused(
      '{ Categories { docs { ...A } } } fragment A on Category { ...B } fragment B on Category { parent { ...A } }',
      /Cannot spread fragment/,
      'editor',
    )
    expect(
      (await gql('{ Categories(limit: 1) { docs { name } } }')).json.data.Categories.docs,
    ).toHaveLength(1)
  })

  it('should answer a refused document with errors and no data to legacy application/json clients', async () => {
    const answer = await call('/api/graphql', {
      method: 'POST',
      body: {
        query: '{ Categories { docs { ...A } } } fragment A on Category { parent { ...A } }',
      },
    })
    expect(answer.status).toBeLessThan(500)
    expect([answer.json.data ?? null, answer.json.errors.length > 0]).toEqual([null, true])
  })

  it('should give anonymous clients no "Did you mean" suggestions', async () => {
    for (const query of [
      '{ Articles { docs { titel } } }',
      '{ Article { id } }',
      '{ Articels { totalDocs } }',
    ]) {
      const answer = await gql(query)
      expect(messageOf(answer)).not.toMatch(/Did you mean/)
      expect(answer.status).toBe(400)
    }
  })

  it('should leave staff queries deeper than the public bound alone', async () => {
    const answer = await gql(parentChain(10), { as: 'editor' })
    expect(answer.json.errors).toBeUndefined()
  })
})
