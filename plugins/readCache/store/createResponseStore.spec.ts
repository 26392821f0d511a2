import { describe, expect, it } from 'vitest'

import { createResponseStore, type CachedResponse } from './createResponseStore'

const response = (text: string): CachedResponse => ({
  headers: [['content-type', 'application/json']],
  body: new TextEncoder().encode(text),
})

const text = (cached: CachedResponse | undefined) => cached && new TextDecoder().decode(cached.body)

const limits = { ttlMs: 60_000, maxEntries: 100, maxBytes: 1_000_000 }

describe('createResponseStore', () => {
  it('should serve a response until its TTL runs out, and not after', () => {
    let clock = 0
    const store = createResponseStore(limits, () => clock)
    store.set('/a', response('a'), store.mark())
    clock = 59_999
    expect(text(store.get('/a'))).toBe('a')
    clock = 60_000
    expect(store.get('/a')).toBeUndefined()
    expect(store.usage()).toEqual({ entries: 0, bytes: 0 })
  })

  it('should drop the least recently used response beyond the entry bound', () => {
    const store = createResponseStore({ ...limits, maxEntries: 2 })
    store.set('/a', response('a'), store.mark())
    store.set('/b', response('b'), store.mark())
    store.get('/a')
    store.set('/c', response('c'), store.mark())
    expect([text(store.get('/a')), store.get('/b'), text(store.get('/c'))]).toEqual([
      'a',
      undefined,
      'c',
    ])
  })

  it('should drop the least recently used responses beyond the byte bound, and keep none larger', () => {
    const store = createResponseStore({ ...limits, maxBytes: 500 })
    store.set('/a', response('a'.repeat(150)), store.mark())
    store.set('/b', response('b'.repeat(150)), store.mark())
    store.set('/c', response('c'.repeat(150)), store.mark())
    expect(store.get('/a')).toBeUndefined()
    expect(store.usage().entries).toBe(2)
    expect(store.usage().bytes).toBeLessThanOrEqual(500)
    store.set('/big', response('x'.repeat(600)), store.mark())
    expect(store.get('/big')).toBeUndefined()
    expect(store.usage().entries).toBe(2)
  })

  it('should empty itself when the shared stamp changes, and only then', () => {
    const store = createResponseStore(limits)
    store.follow('stamp-1')
    store.set('/a', response('a'), store.mark())
    store.follow('stamp-1')
    expect(text(store.get('/a'))).toBe('a')
    const before = store.mark()
    store.follow('stamp-2')
    expect(store.get('/a')).toBeUndefined()
    store.set('/a', response('old'), before)
    expect(store.get('/a')).toBeUndefined()
  })

  it('should not store a response read before a clear', async () => {
    const store = createResponseStore(limits)
    const mark = store.mark()
    store.clearUntil(Promise.resolve())
    await Promise.resolve()
    store.set('/a', response('old'), mark)
    expect(store.get('/a')).toBeUndefined()
  })

  it('should store nothing while a write is uncommitted, and clear again once it is', async () => {
    const store = createResponseStore(limits)
    store.set('/a', response('before'), store.mark())
    let commit = () => {}
    store.clearUntil(new Promise<void>((resolve) => (commit = resolve)))
    expect(store.get('/a')).toBeUndefined()
    const markDuringWrite = store.mark()
    store.set('/a', response('read during the write'), markDuringWrite)
    expect(store.get('/a')).toBeUndefined()
    commit()
    await Promise.resolve()
    store.set('/a', response('read during the write'), markDuringWrite)
    expect(store.get('/a')).toBeUndefined()
    store.set('/a', response('after'), store.mark())
    expect(text(store.get('/a'))).toBe('after')
  })
})
