import { describe, expect, it } from 'vitest'

import { revalidatePortal, tagsOf } from './revalidatePortal'

const event = { eventId: 'evt_1', event: 'published' as const, time: '2026-01-01T00:00:00.000Z' }

describe('tagsOf', () => {
  it("should clear an article's page and every list of articles", () => {
    expect(tagsOf({ ...event, collection: 'articles', slug: 'bai-mot' })).toEqual([
      'articles',
      'article:bai-mot',
    ])
  })

  it('should clear a category, a meeting, an official and a unit by slug', () => {
    expect(tagsOf({ ...event, collection: 'categories', slug: 'thoi-su' })).toContain(
      'category:thoi-su',
    )
    expect(tagsOf({ ...event, collection: 'meetings', slug: 'hop' })).toEqual([
      'reference',
      'meeting:hop',
    ])
    expect(tagsOf({ ...event, collection: 'officials', slug: 'a' })).toContain('official:a')
    expect(tagsOf({ ...event, collection: 'units', slug: 'b' })).toContain('unit:b')
  })

  it('should clear the site settings and nothing for an unknown source', () => {
    expect(tagsOf({ ...event, event: 'changed', global: 'site-settings' })).toEqual([
      'site-settings',
    ])
    expect(tagsOf({ ...event, collection: 'users' })).toEqual([])
  })
})

describe('revalidatePortal', () => {
  it('should do nothing outside a Next request', () => {
    expect(() => revalidatePortal({ ...event, collection: 'articles', slug: 'x' })).not.toThrow()
  })
})
