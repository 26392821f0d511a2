import { describe, expect, it } from 'vitest'

import { positionsHeldOn, titleAt, titleOrLastHeld } from './titleAt'

const buong = [
  { title: 'Tỉnh ủy viên', from: '2020-10-15T00:00:00.000Z', to: null },
  { title: 'Phó Bí thư Thành ủy', from: '2020-10-01T00:00:00.000Z', to: null },
  {
    title: 'Chủ tịch UBND thành phố Bắc Kạn',
    from: '2019-05-01T00:00:00.000Z',
    to: '2024-03-31T00:00:00.000Z',
  },
  { title: 'Phó Chủ tịch UBND thành phố Bắc Kạn', from: '2016-07-01', to: '2019-04-30' },
]

describe('titleAt', () => {
  it('should join the positions held that day in the editor order', () => {
    expect(titleAt(buong, '2022-06-24')).toBe(
      'Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn',
    )
  })

  it('should leave out positions not yet held or already left', () => {
    expect(titleAt(buong, '2018-01-01')).toBe('Phó Chủ tịch UBND thành phố Bắc Kạn')
    expect(titleAt(buong, '2025-01-01')).toBe('Tỉnh ủy viên, Phó Bí thư Thành ủy')
  })

  it('should count both ends of a position as held', () => {
    expect(titleAt(buong, '2019-04-30')).toBe('Phó Chủ tịch UBND thành phố Bắc Kạn')
    expect(titleAt(buong, '2024-03-31')).toContain('Chủ tịch UBND thành phố Bắc Kạn')
  })

  it('should compare days in Vietnam time', () => {
    const positions = [{ title: 'Bí thư Tỉnh ủy', from: '2020-10-14T17:00:00.000Z' }]
    expect(titleAt(positions, '2020-10-14')).toBe('')
    expect(titleAt(positions, '2020-10-15')).toBe('Bí thư Tỉnh ủy')
  })

  it('should be empty when nothing was held', () => {
    expect(titleAt([], '2022-06-24')).toBe('')
  })
})

describe('positionsHeldOn', () => {
  it('should keep the extra properties of each position', () => {
    const held = positionsHeldOn([{ title: 'Bí thư', unit: 7, from: '2020-01-01' }], '2021-01-01')
    expect(held).toEqual([{ title: 'Bí thư', unit: 7, from: '2020-01-01' }])
  })
})

describe('titleOrLastHeld', () => {
  const former = [
    { title: 'Bí thư Tỉnh ủy', from: '2020-10-15', to: '2025-06-30' },
    { title: 'Chủ tịch HĐND tỉnh', from: '2021-06-25', to: '2025-06-30' },
    { title: 'Phó Bí thư Tỉnh ủy', from: '2015-10-01', to: '2020-10-14' },
  ]

  it('should print the positions held that day when there are any', () => {
    expect(titleOrLastHeld(buong, '2025-01-01')).toBe('Tỉnh ủy viên, Phó Bí thư Thành ủy')
  })

  it('should print the last positions held, with their end, for a former official', () => {
    expect(titleOrLastHeld(former, '2026-12-01')).toBe(
      'Nguyên Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh (đến 30/06/2025)',
    )
  })

  it('should print a former official in English for an English read', () => {
    const english = [
      {
        title: 'Secretary of the Provincial Party Committee',
        from: '2020-10-15',
        to: '2025-06-30',
      },
    ]
    expect(titleOrLastHeld(english, '2026-12-01', 'en')).toBe(
      'Former Secretary of the Provincial Party Committee (until 30/06/2025)',
    )
  })

  it('should print nothing for someone who never held a position before that day', () => {
    expect(titleOrLastHeld(former, '2010-01-01')).toBe('')
  })
})
