import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { royaltyCsv } from './royaltyCsv'
import { royaltyReport, type ReportPerson } from './royaltyReport'

const bien: ReportPerson = { key: 'users:1', name: 'Triệu Biển', kind: 'user' }
const tam: ReportPerson = { key: 'contributors:7', name: 'Thành Tâm', kind: 'contributor' }
const huong: ReportPerson = { key: 'users:2', name: 'Minh Hương', kind: 'user' }

describe('royaltyReport', () => {
  const rows = royaltyReport(
    [
      {
        id: 'a',
        views: 100,
        credits: [
          { person: bien, role: 'text' },
          { person: bien, role: 'photo' },
        ],
      },
      {
        id: 'b',
        views: 8093,
        credits: [
          { person: huong, role: 'text' },
          { person: tam, role: 'photo' },
        ],
      },
      {
        id: 'c',
        views: 7,
        credits: [
          { person: tam, role: 'photo' },
          { person: tam, role: 'photo' },
        ],
      },
    ],
    [
      { person: bien, amount: 936_000 },
      { person: bien, amount: 234_000 },
      { person: huong, amount: 2_340_000 },
      { person: tam, amount: 468_000 },
    ],
  )

  it('should total each person in the period, counting an article once per person', () => {
    expect(rows).toEqual([
      {
        person: huong,
        articles: 1,
        roles: ['text'],
        views: 8093,
        royaltyTotal: 2_340_000,
        royaltyLines: 1,
      },
      {
        person: bien,
        articles: 1,
        roles: ['text', 'photo'],
        views: 100,
        royaltyTotal: 1_170_000,
        royaltyLines: 2,
      },
      {
        person: tam,
        articles: 2,
        roles: ['photo'],
        views: 8100,
        royaltyTotal: 468_000,
        royaltyLines: 1,
      },
    ])
  })

  it('should write CSV with a BOM that reads back to the same figures', () => {
    const csv = royaltyCsv(rows, { from: '2020-12-01', to: '2020-12-31' })
    expect(csv.startsWith('\uFEFFHọ tên / bút danh,Loại,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const [header, ...body] = parse(csv, { bom: true }) as string[][]
    expect(header).toHaveLength(9)
    expect(body).toEqual([
      [
        'Minh Hương',
        'Phóng viên, biên tập viên',
        '1',
        'Viết bài',
        '8093',
        '1',
        '2340000',
        '2020-12-01',
        '2020-12-31',
      ],
      [
        'Triệu Biển',
        'Phóng viên, biên tập viên',
        '1',
        'Viết bài, Ảnh',
        '100',
        '2',
        '1170000',
        '2020-12-01',
        '2020-12-31',
      ],
      ['Thành Tâm', 'Cộng tác viên', '2', 'Ảnh', '8100', '1', '468000', '2020-12-01', '2020-12-31'],
    ])
  })

  it('should quote a name holding a comma or a quote', () => {
    const person: ReportPerson = { key: 'name:x', name: 'Nhóm "PV", Ban Thời sự', kind: 'name' }
    const csv = royaltyCsv(
      [{ person, articles: 1, roles: ['photo'], views: 0, royaltyTotal: 0, royaltyLines: 0 }],
      { from: 'a', to: 'b' },
    )
    expect((parse(csv, { bom: true }) as string[][])[1][0]).toBe('Nhóm "PV", Ban Thời sự')
  })
})
