import { describe, expect, it } from 'vitest'

import { isQueryOnly } from './isQueryOnly'

describe('isQueryOnly', () => {
  it('should accept a single query, named or not', () => {
    expect(isQueryOnly({ query: '{ Articles { totalDocs } }' })).toBe(true)
    expect(isQueryOnly({ query: 'query Latest { Articles { totalDocs } }' })).toBe(true)
  })

  it('should refuse a mutation, with or without the word "query" around it', () => {
    expect(isQueryOnly({ query: 'mutation { countArticleView(id: "1") { views } }' })).toBe(false)
    expect(isQueryOnly({ query: 'mutation query { countArticleView(id: "1") { views } }' })).toBe(
      false,
    )
  })

  it('should refuse a document holding a mutation even when operationName picks a query', () => {
    const query =
      'query Read { Articles { totalDocs } } mutation Count { countArticleView(id: "1") { views } }'
    expect(isQueryOnly({ query, operationName: 'Read' })).toBe(false)
  })

  it('should pick the named query among several, and refuse when the name or a name is missing', () => {
    const query = 'query A { Articles { totalDocs } } query B { Categories { totalDocs } }'
    expect(isQueryOnly({ query, operationName: 'B' })).toBe(true)
    expect(isQueryOnly({ query, operationName: 'C' })).toBe(false)
    expect(isQueryOnly({ query })).toBe(false)
  })

  it('should refuse a subscription and a document that does not parse', () => {
    expect(isQueryOnly({ query: 'subscription { Articles { totalDocs } }' })).toBe(false)
    expect(isQueryOnly({ query: '{ Articles { ' })).toBe(false)
  })
})
