import { describe, expect, it } from 'vitest'

import { findTitleReferences, uniqueTitleReferences } from './parseTitleReferences'

const references = (line: string) =>
  findTitleReferences(line).map(({ title, text }) => ({ title, text }))

describe('findTitleReferences', () => {
  it('should read a title after a singular "đồng chí"', () => {
    expect(
      references('Kết luận hội nghị, đồng chí Bí thư Thành ủy Bắc Kạn yêu cầu: Đảng bộ'),
    ).toEqual([{ title: 'Bí thư Thành ủy Bắc Kạn', text: 'đồng chí Bí thư Thành ủy Bắc Kạn' }])
    expect(references('Để phát triển, đồng chí Bí thư Tỉnh ủy đề nghị thành phố')).toEqual([
      { title: 'Bí thư Tỉnh ủy', text: 'đồng chí Bí thư Tỉnh ủy' },
    ])
  })

  it('should keep several titles of one person together and capitalise the first letter', () => {
    expect(references('Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cũng nhấn mạnh')).toEqual([
      {
        title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
        text: 'Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      },
    ])
    expect(
      references('Kết luận hội nghị, đồng chí chủ tịch UBND thành phố Bắc Kạn yêu cầu'),
    ).toEqual([
      {
        title: 'Chủ tịch UBND thành phố Bắc Kạn',
        text: 'đồng chí chủ tịch UBND thành phố Bắc Kạn',
      },
    ])
  })

  it('should skip plurals, names and "đồng chí chủ trì"', () => {
    expect(references('yêu cầu các đồng chí Phó Chủ tịch UBND tỉnh, các sở')).toEqual([])
    expect(references('đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy')).toEqual([])
    expect(references('gợi ý kiểm điểm của đồng chí chủ trì liên quan')).toEqual([])
  })
})

describe('uniqueTitleReferences', () => {
  it('should keep the first reference to a title', () => {
    const first = { title: 'Bí thư Tỉnh ủy', text: 'đồng chí Bí thư Tỉnh ủy' }
    expect(
      uniqueTitleReferences([first, { title: 'bí thư tỉnh ủy', text: 'Đồng chí bí thư tỉnh ủy' }]),
    ).toEqual([first])
  })
})
