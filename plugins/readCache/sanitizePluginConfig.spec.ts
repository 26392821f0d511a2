import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig } from './sanitizePluginConfig'

describe('sanitizePluginConfig', () => {
  it('should apply every default', () => {
    expect(sanitizePluginConfig({ collections: ['articles'] })).toEqual({
      collections: ['articles'],
      globals: [],
      ttlSeconds: 60,
      maxEntries: 5_000,
      maxBytes: 64 * 1024 * 1024,
      keyHeaders: [],
      isEnabled: true,
    })
  })

  it('should turn the cache off with a TTL of 0', () => {
    expect(sanitizePluginConfig({ collections: ['articles'], ttlSeconds: 0 }).isEnabled).toBe(false)
  })

  it('should refuse a TTL that is not a number of seconds, as an unparsable env var gives', () => {
    expect(() =>
      sanitizePluginConfig({ collections: ['articles'], ttlSeconds: Number('1m') }),
    ).toThrow('[readCache plugin] `ttlSeconds` must be a number of seconds, 0 or more (got NaN).')
  })

  it('should refuse limits that bound nothing', () => {
    expect(() => sanitizePluginConfig({ collections: ['articles'], maxEntries: 0 })).toThrow(
      'maxEntries',
    )
    expect(() => sanitizePluginConfig({ collections: ['articles'], maxBytes: 1.5 })).toThrow(
      'maxBytes',
    )
  })

  it('should refuse an empty collection list', () => {
    expect(() => sanitizePluginConfig({ collections: [] })).toThrow('`collections`')
  })
})
