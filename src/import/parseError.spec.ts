import { describe, expect, it } from 'vitest'

import { ParseError } from './parseError'

describe('ParseError', () => {
  it('should be an Error with its reason and the file name in front of the message', () => {
    const error = new ParseError('empty', 'Văn bản trống (empty text)', '000.txt')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ParseError')
    expect(error.reason).toBe('empty')
    expect(error.fileName).toBe('000.txt')
    expect(error.message).toBe('000.txt: Văn bản trống (empty text)')
  })

  it('should leave the message alone without a file name', () => {
    expect(new ParseError('noTitle', 'Không có tiêu đề (no title)').message).toBe(
      'Không có tiêu đề (no title)',
    )
  })
})
