import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig } from './sanitizePluginConfig'

describe('publicAccess sanitizePluginConfig', () => {
  it('should apply the documented defaults', () => {
    expect(sanitizePluginConfig({ publicFields: {} })).toEqual({
      publicFields: {},
      maxLimit: 50,
      maxDepth: 2,
      maxWhereNesting: 8,
      maxWhereConditions: 50,
      maxGraphQLDepth: 6,
      maxGraphQLFields: 200,
    })
  })

  it('should refuse a bound that bounds nothing', () => {
    expect(() => sanitizePluginConfig({ publicFields: {}, maxLimit: 0 })).toThrow(/maxLimit/)
    expect(() => sanitizePluginConfig({ publicFields: {}, maxGraphQLDepth: 2.5 })).toThrow(
      /maxGraphQLDepth/,
    )
  })
})
