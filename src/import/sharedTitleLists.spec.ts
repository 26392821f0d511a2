import { describe, expect, it } from 'vitest'

import { findSharedTitleLists, withListBody } from './sharedTitleLists'

describe('findSharedTitleLists', () => {
  it('should read the titles before the colon and where the list ends', () => {
    const line = 'Dự có các Phó Chủ tịch UBND tỉnh: Lê Thị Bảy, Phạm Văn Cường; lãnh đạo các sở.'
    expect(findSharedTitleLists(line)).toEqual([
      {
        titles: ['Phó Chủ tịch UBND tỉnh'],
        start: line.indexOf('các'),
        from: line.indexOf('Lê'),
        to: line.indexOf(';'),
      },
    ])
  })

  it('should read "các đồng chí" before the titles', () => {
    const line = 'Tới dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Hà Văn Dũng, Chu Thị Én.'
    expect(findSharedTitleLists(line).map(({ titles, to }) => ({ titles, to }))).toEqual([
      { titles: ['Ủy viên Ban Thường vụ Tỉnh ủy'], to: line.length - 1 },
    ])
  })

  it('should read no list when "các đồng chí" has no title before the colon', () => {
    expect(findSharedTitleLists('Dự có các đồng chí: Hà Văn Dũng, Bí thư Huyện ủy.')).toEqual([])
  })

  it('should read no list when the titles are not followed by a colon', () => {
    expect(findSharedTitleLists('Dự có các Phó Chủ tịch UBND tỉnh Lê Thị Bảy.')).toEqual([])
  })
})

describe('a body’s standing members listed after a colon', () => {
  it('should give no one the body’s name and run the list to the sentence’s end', () => {
    const line =
      'Dự có các đồng chí Thường trực Huyện ủy: Hà Văn Dũng, Bí thư; Vi Thị Én, Phó Bí thư. Cùng dự.'
    expect(findSharedTitleLists(line)).toEqual([
      {
        titles: [],
        start: line.indexOf('các'),
        from: line.indexOf('Hà'),
        to: line.indexOf('. Cùng'),
        body: 'Huyện ủy',
      },
    ])
  })

  it('should complete only a post printed bare with the body', () => {
    expect(withListBody(['Phó Bí thư Thường trực'], 'Huyện ủy')).toEqual([
      'Phó Bí thư Thường trực Huyện ủy',
    ])
    expect(withListBody(['Phó Bí thư', 'Chủ tịch UBND huyện'], 'Huyện ủy')).toEqual([
      'Phó Bí thư Huyện ủy',
      'Chủ tịch UBND huyện',
    ])
    expect(withListBody(['Bí thư'], undefined)).toEqual(['Bí thư'])
  })
})
