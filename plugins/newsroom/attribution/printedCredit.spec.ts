import { describe, expect, it } from 'vitest'

import { printedCaption, printedCredit } from './printedCredit'

describe('printedCredit', () => {
  it('should print the role word before the name', () => {
    expect(printedCredit({ credit: 'Thành Tâm', mimeType: 'image/jpeg' })).toBe('Ảnh: Thành Tâm')
    expect(printedCredit({ credit: 'Thành Tâm', mimeType: 'image/jpeg' }, 'en')).toBe(
      'Photo: Thành Tâm',
    )
  })

  it('should print the word once when the credit already starts with it', () => {
    const typed = ['Ảnh: Thành Tâm', 'ảnh : Thành Tâm', 'Ảnh - Thành Tâm', 'Photo: Thành Tâm']
    expect(typed.map((credit) => printedCredit({ credit, mimeType: 'image/jpeg' }))).toEqual(
      typed.map(() => 'Ảnh: Thành Tâm'),
    )
    // The same word typed in decomposed form (NFD), as some keyboards send it.
    expect(printedCredit({ credit: 'Ảnh: Thành Tâm'.normalize('NFD') })).toBe('Ảnh: Thành Tâm')
    expect(printedCredit({ credit: 'Audio: Minh Hương', mimeType: 'audio/mpeg' })).toBe(
      'Audio: Minh Hương',
    )
  })

  it('should keep a name that only begins like the word', () => {
    expect(printedCredit({ credit: 'Ảnh Thành', mimeType: 'image/jpeg' })).toBe('Ảnh: Ảnh Thành')
  })

  it('should print nothing without a credit, even when only the word was typed', () => {
    expect(printedCredit({ credit: '' })).toBe('')
    expect(printedCredit({ credit: 'Ảnh: ' })).toBe('')
  })
})

describe('printedCaption', () => {
  it('should end the caption with a full stop before the credit', () => {
    expect(printedCaption({ caption: 'Quang cảnh hội nghị', credit: 'Ảnh: Minh Hương' })).toBe(
      'Quang cảnh hội nghị. Ảnh: Minh Hương',
    )
  })
})
