import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { untranslatedPaths } from './untranslatedPaths'

const fields = [
  { name: 'name', type: 'text', localized: true },
  { name: 'kind', type: 'text' },
  {
    name: 'positions',
    type: 'array',
    flattenedFields: [{ name: 'title', type: 'text', localized: true }],
  },
  {
    name: 'settings',
    type: 'group',
    flattenedFields: [{ name: 'address', type: 'text', localized: true }],
  },
] as FlattenedField[]

const doc = {
  name: { vi: 'Thời sự', en: '' },
  kind: 'x',
  positions: [{ title: { vi: 'Bí thư', en: 'Secretary' } }, { title: { vi: 'Chủ tịch' } }],
  settings: { address: { vi: 'Bắc Kạn' } },
}

describe('untranslatedPaths', () => {
  it('should list the localized fields missing in the locale that the fallback fills', () => {
    expect(untranslatedPaths({ fields, doc, locale: 'en', fallbackLocale: 'vi' })).toEqual([
      'name',
      'positions.1.title',
      'settings.address',
    ])
  })

  it('should list nothing when no fallback is asked for', () => {
    expect(untranslatedPaths({ fields, doc, locale: 'en', fallbackLocale: 'none' })).toEqual([])
  })

  it('should list nothing in the locale that holds every value', () => {
    expect(untranslatedPaths({ fields, doc, locale: 'vi', fallbackLocale: 'en' })).toEqual([])
  })

  it('should not report a value the fallback locale lacks too', () => {
    const bare = { name: { vi: '' }, positions: [], settings: {} }
    expect(untranslatedPaths({ fields, doc: bare, locale: 'en', fallbackLocale: 'vi' })).toEqual([])
  })
})
