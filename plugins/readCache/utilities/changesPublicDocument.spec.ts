import { describe, expect, it } from 'vitest'

import { changesPublicDocument } from './changesPublicDocument'

const draft = { _status: 'draft' }
const published = { _status: 'published' }
const write = { isDelete: false, isDraftSave: false, wasPublished: false }

describe('changesPublicDocument', () => {
  it('should count publishing and a published correction', () => {
    expect(changesPublicDocument({ ...write, documents: [published] })).toBe(true)
    expect(changesPublicDocument({ ...write, documents: [published], wasPublished: true })).toBe(
      true,
    )
  })

  it('should count unpublishing: a non-draft write that leaves a published document a draft', () => {
    expect(changesPublicDocument({ ...write, documents: [draft], wasPublished: true })).toBe(true)
  })

  it('should not count a draft save, over a published document included', () => {
    expect(
      changesPublicDocument({
        ...write,
        documents: [draft],
        isDraftSave: true,
        wasPublished: true,
      }),
    ).toBe(false)
  })

  it('should not count a non-draft write that keeps an unpublished document unpublished', () => {
    expect(changesPublicDocument({ ...write, documents: [draft] })).toBe(false)
  })

  it('should count a non-draft write whose previous state is not known', () => {
    expect(changesPublicDocument({ ...write, documents: [draft], wasPublished: undefined })).toBe(
      true,
    )
  })

  it('should count deleting a published document only', () => {
    const remove = { ...write, isDelete: true, wasPublished: undefined }
    expect(changesPublicDocument({ ...remove, documents: [draft, published] })).toBe(true)
    expect(changesPublicDocument({ ...remove, documents: [draft] })).toBe(false)
  })

  it('should take a document without a status as possibly published', () => {
    expect(changesPublicDocument({ ...write, documents: [{}], isDraftSave: true })).toBe(true)
  })
})
