import { describe, expect, it } from 'vitest'

import {
  articlePlaces,
  completePlace,
  findPlaces,
  levelOfCommitteePrefix,
  levelOfWord,
  partyCommitteeOf,
  peoplesCommitteeOf,
  placeLevelLength,
} from './places'

describe('findPlaces', () => {
  it('should find named places, a capitalised level at a sentence start included', () => {
    expect(findPlaces('Thành phố Bắc Kạn họp đánh giá')).toEqual([
      { level: 'thành phố', name: 'Bắc Kạn', start: 0, end: 17 },
    ])
    expect(findPlaces('UBND tỉnh Bắc Kạn và phường Sông Cầu.').map((place) => place.name)).toEqual([
      'Bắc Kạn',
      'Sông Cầu',
    ])
  })

  it('should ignore levels without a name and acronyms after them', () => {
    expect(findPlaces('UBND xã, phường và UBND tỉnh HĐND')).toEqual([])
  })
})

describe('levelOfWord', () => {
  it('should read a printed level word, "TP" for "thành phố"', () => {
    expect(levelOfWord('TP')).toBe('thành phố')
    expect(levelOfWord('Thị xã')).toBe('thị xã')
    expect(levelOfWord('phường')).toBe('phường')
  })

  it('should leave "TP" out of the places an article names', () => {
    expect(findPlaces('Chiều 26/10, HĐND TP Hải Phòng họp')).toEqual([])
  })
})

describe('placeLevelLength', () => {
  it('should read two-word levels whole and skip "xã hội"', () => {
    expect(placeLevelLength('thành phố Bắc Kạn')).toBe(9)
    expect(placeLevelLength('thị xã')).toBe(6)
    expect(placeLevelLength('xã hội')).toBe(0)
    expect(placeLevelLength('tỉnhthành')).toBe(0)
  })
})

describe('articlePlaces and completePlace', () => {
  const places = articlePlaces(
    ['Thường trực Tỉnh ủy làm việc tại thành phố Bắc Kạn'],
    ['Thường trực Tỉnh ủy', 'thành phố Bắc Kạn', 'xã Dương Quang, xã Nông Thượng'],
  )

  it('should not read the "xã" of "Hợp tác xã" as a commune', () => {
    expect(findPlaces('Hợp tác xã Nông nghiệp Tân Phú và hợp tác xã Bình An, xã An Phú')).toEqual([
      { level: 'xã', name: 'An Phú', start: 54, end: 63 },
    ])
  })

  it('should keep a level named with one name only', () => {
    expect(places.nameByLevel.get('thành phố')).toBe('Bắc Kạn')
    expect(places.nameByLevel.has('xã')).toBe(false)
    expect(places.home).toEqual({ level: 'thành phố', name: 'Bắc Kạn' })
  })

  it('should complete a bare level from the article', () => {
    expect(completePlace({ level: 'thành phố' }, places)).toEqual({
      level: 'thành phố',
      name: 'Bắc Kạn',
    })
    expect(completePlace({ level: 'tỉnh' }, places)).toEqual({ level: 'tỉnh' })
  })
})

describe('bodies of a place', () => {
  it('should name the people committee and the party committee', () => {
    expect(peoplesCommitteeOf({ level: 'thành phố', name: 'Bắc Kạn' })).toBe(
      'UBND thành phố Bắc Kạn',
    )
    expect(partyCommitteeOf({ level: 'thành phố', name: 'Bắc Kạn' })).toBe('Thành ủy Bắc Kạn')
    expect(partyCommitteeOf({ level: 'tỉnh' })).toBe('Tỉnh ủy')
    expect(partyCommitteeOf({ level: 'xã', name: 'Dương Quang' })).toBe('Đảng ủy xã Dương Quang')
    expect(levelOfCommitteePrefix('Thành')).toBe('thành phố')
    expect(levelOfCommitteePrefix('Đảng')).toBeUndefined()
  })
})
