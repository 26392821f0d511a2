import { describe, expect, it } from 'vitest'

import { correctionsOf, type Form } from './formCorrections'

const asRead: Form = {
  title: 'Hội nghị',
  lead: 'Sapo',
  byline: 'Ngọc Lan',
  publishedAt: '2021-03-12T09:00:00+07:00',
  category: '',
  date: '2021-03-12',
  partOfDay: 'afternoon',
  kind: 'review',
}

describe('correctionsOf', () => {
  it('should send nothing before the text was read, or when nothing changed', () => {
    expect([correctionsOf(asRead, undefined), correctionsOf({ ...asRead }, asRead)]).toEqual([
      undefined,
      undefined,
    ])
  })

  it('should send only what the editor changed, trimmed, an emptied byline or date as null', () => {
    const form: Form = {
      ...asRead,
      title: ' Hội nghị mở rộng ',
      byline: ' ',
      date: '',
      kind: 'other',
    }
    expect(correctionsOf(form, asRead)).toEqual({
      title: 'Hội nghị mở rộng',
      byline: null,
      meeting: { date: null, kind: 'other' },
    })
  })

  it('should keep a title or lead that was only emptied, and a kind that was cleared', () => {
    expect(correctionsOf({ ...asRead, title: ' ', lead: '', kind: '' }, asRead)).toBeUndefined()
  })
})
