import { describe, expect, it } from 'vitest'

import { publicChangeKind } from './publicChangeKind'

const draft = { _status: 'draft' }
const published = { _status: 'published' }
const write = { hasDrafts: true, isDelete: false, isDraftSave: false, wasPublished: false }

describe('publicChangeKind', () => {
  it('should tell publishing from a published correction', () => {
    expect(publicChangeKind({ ...write, doc: published })).toBe('published')
    expect(publicChangeKind({ ...write, doc: published, wasPublished: true })).toBe('corrected')
  })

  it('should count unpublishing: a non-draft write that leaves a published document a draft', () => {
    expect(publicChangeKind({ ...write, doc: draft, wasPublished: true })).toBe('unpublished')
  })

  it('should not count a draft save, over a published document included', () => {
    expect(
      publicChangeKind({ ...write, doc: draft, isDraftSave: true, wasPublished: true }),
    ).toBeNull()
  })

  it('should not count a non-draft write that keeps an unpublished document unpublished', () => {
    expect(publicChangeKind({ ...write, doc: draft })).toBeNull()
  })

  it('should count a non-draft write whose previous state is not known', () => {
    expect(publicChangeKind({ ...write, doc: draft, wasPublished: undefined })).toBe('unpublished')
  })

  it('should count deleting a published document only', () => {
    const remove = { ...write, isDelete: true, wasPublished: undefined }
    expect(publicChangeKind({ ...remove, doc: published })).toBe('deleted')
    expect(publicChangeKind({ ...remove, doc: draft })).toBeNull()
  })

  it('should take a document without a status as possibly published', () => {
    expect(publicChangeKind({ ...write, doc: {}, isDraftSave: true })).toBe('published')
  })

  it('should count every write to a collection without drafts', () => {
    const plain = { ...write, hasDrafts: false, doc: {} }
    expect(publicChangeKind({ ...plain, isDraftSave: true })).toBe('changed')
    expect(publicChangeKind({ ...plain, isDelete: true })).toBe('deleted')
  })
})
